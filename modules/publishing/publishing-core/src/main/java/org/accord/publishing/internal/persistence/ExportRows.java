package org.accord.publishing.internal.persistence;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The stored exports: one row per version and format, claimed before it is rendered and filled once. Native SQL in the
 * caller's transaction.
 */
@ApplicationScoped
public class ExportRows {

    /**
     * An export without its bytes. A failed one keeps why as a code and its parameters ({@code failureCode} is null
     * unless it failed).
     */
    public record ExportState(UUID id, UUID versionId, String format, String status, String requestedBy,
            Instant startedAt, Instant finishedAt, String sha256, Long size, String failureCode,
            List<String> failureParameters) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final EntityManager entityManager;

    ExportRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @return true when this caller claimed the row and must render it */
    public boolean claim(UUID id, UUID versionId, String format, String by, Instant now) {
        return entityManager.createNativeQuery("insert into publishing.export (id, draft_version_id, format, status,"
                + " requested_by, started_at) values (?1, ?2, ?3, 'GENERATING', ?4, ?5)"
                + " on conflict (draft_version_id, format) do nothing").setParameter(1, id).setParameter(2, versionId)
                .setParameter(3, format).setParameter(4, by).setParameter(5, Timestamp.from(now))
                .executeUpdate() == 1;
    }

    /**
     * Takes over a rendering whose renderer has not finished within {@code lease} (its process died), and a failed one
     * when {@code retryFailed}.
     *
     * @return true when this caller claimed the row
     */
    public boolean reclaim(UUID id, String by, Instant now, Duration lease, boolean retryFailed) {
        return entityManager.createNativeQuery("update publishing.export set status = 'GENERATING', requested_by = ?2,"
                + " started_at = ?3, failure_code = null, failure_parameters = null where id = ?1 and ((status = 'FAILED' and ?5) or (status ="
                + " 'GENERATING' and started_at < ?4))").setParameter(1, id).setParameter(2, by)
                .setParameter(3, Timestamp.from(now)).setParameter(4, Timestamp.from(now.minus(lease)))
                .setParameter(5, retryFailed).executeUpdate() == 1;
    }

    /** @return false when the claim was lost meanwhile (another instance took over a rendering it thought dead) */
    public boolean store(UUID id, Instant startedAt, byte[] content, String sha256, Instant now) {
        return entityManager.createNativeQuery("update publishing.export set status = 'READY', content = ?2,"
                + " sha256 = ?3, size = ?4, finished_at = ?5 where id = ?1 and status = 'GENERATING'"
                + " and started_at = ?6").setParameter(1, id).setParameter(2, content).setParameter(3, sha256)
                .setParameter(4, (long) content.length).setParameter(5, Timestamp.from(now))
                .setParameter(6, Timestamp.from(startedAt)).executeUpdate() == 1;
    }

    public void fail(UUID id, Instant startedAt, String failureCode, List<String> failureParameters, Instant now) {
        entityManager.createNativeQuery("update publishing.export set status = 'FAILED', failure_code = ?2,"
                + " failure_parameters = ?3, finished_at = ?4 where id = ?1 and status = 'GENERATING'"
                + " and started_at = ?5").setParameter(1, id).setParameter(2, failureCode)
                .setParameter(3, json(failureParameters)).setParameter(4, Timestamp.from(now))
                .setParameter(5, Timestamp.from(startedAt)).executeUpdate();
    }

    public Optional<ExportState> state(UUID versionId, String format) {
        return states("where draft_version_id = ?1 and format = ?2", versionId, format).stream().findFirst();
    }

    public List<ExportState> statesOf(UUID versionId) {
        return states("where draft_version_id = ?1", versionId);
    }

    public Optional<byte[]> content(UUID id) {
        List<?> rows = entityManager.createNativeQuery("select content from publishing.export where id = ?1"
                + " and status = 'READY'").setParameter(1, id).getResultList();
        return rows.stream().map(byte[].class::cast).findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<ExportState> states(String where, Object... parameters) {
        Query query = entityManager.createNativeQuery("select id, draft_version_id, format, status, requested_by,"
                + " started_at, finished_at, sha256, size, failure_code, failure_parameters from publishing.export "
                + where
                + " order by format");
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((List<Object[]>) query.getResultList()).stream()
                .map(row -> new ExportState((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3],
                        (String) row[4], Times.instant(row[5]), row[6] == null ? null : Times.instant(row[6]),
                        (String) row[7], row[8] == null ? null : ((Number) row[8]).longValue(), (String) row[9],
                        row[10] == null ? List.of() : strings((String) row[10])))
                .toList();
    }

    private static String json(List<String> strings) {
        try {
            return JSON.writeValueAsString(strings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of strings always serialises", e);
        }
    }

    private static List<String> strings(String json) {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An export's failure parameters are a JSON list of strings", e);
        }
    }
}
