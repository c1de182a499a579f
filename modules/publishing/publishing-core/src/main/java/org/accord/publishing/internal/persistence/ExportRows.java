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

/**
 * The stored exports: one row per version and format, claimed before it is rendered and filled once. Native SQL in the
 * caller's transaction.
 */
@ApplicationScoped
public class ExportRows {

    /** An export without its bytes. */
    public record ExportState(UUID id, UUID versionId, String format, String status, String requestedBy,
            Instant startedAt, Instant finishedAt, String sha256, Long size, String failure) {
    }

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
                + " started_at = ?3, failure = null where id = ?1 and ((status = 'FAILED' and ?5) or (status ="
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

    public void fail(UUID id, Instant startedAt, String failure, Instant now) {
        entityManager.createNativeQuery("update publishing.export set status = 'FAILED', failure = ?2,"
                + " finished_at = ?3 where id = ?1 and status = 'GENERATING' and started_at = ?4")
                .setParameter(1, id).setParameter(2, failure).setParameter(3, Timestamp.from(now))
                .setParameter(4, Timestamp.from(startedAt)).executeUpdate();
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
                + " started_at, finished_at, sha256, size, failure from publishing.export " + where
                + " order by format");
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((List<Object[]>) query.getResultList()).stream()
                .map(row -> new ExportState((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3],
                        (String) row[4], Times.instant(row[5]), row[6] == null ? null : Times.instant(row[6]),
                        (String) row[7], row[8] == null ? null : ((Number) row[8]).longValue(), (String) row[9]))
                .toList();
    }
}
