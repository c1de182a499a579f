package org.accord.publishing.internal.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** The signed bundles, kept as built. Native SQL in the caller's transaction. */
@ApplicationScoped
public class BundleRows {

    /** A bundle without its bytes. */
    public record BundleSummary(UUID id, UUID versionId, UUID ballotId, String manifestSha256, String sha256,
            String keyId, long size, String builtBy, Instant builtAt) {
    }

    private final EntityManager entityManager;

    BundleRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @return false when a bundle of this version and ballot was stored meanwhile */
    public boolean add(BundleSummary bundle, byte[] content) {
        return entityManager.createNativeQuery("insert into publishing.bundle (id, draft_version_id, ballot_id,"
                + " manifest_sha256, sha256, key_id, size, content, built_by, built_at) values (?1, ?2, ?3, ?4, ?5,"
                + " ?6, ?7, ?8, ?9, ?10) on conflict (draft_version_id, ballot_id) do nothing")
                .setParameter(1, bundle.id()).setParameter(2, bundle.versionId()).setParameter(3, bundle.ballotId())
                .setParameter(4, bundle.manifestSha256()).setParameter(5, bundle.sha256())
                .setParameter(6, bundle.keyId()).setParameter(7, bundle.size()).setParameter(8, content)
                .setParameter(9, bundle.builtBy()).setParameter(10, Timestamp.from(bundle.builtAt()))
                .executeUpdate() == 1;
    }

    public Optional<BundleSummary> byId(UUID id) {
        return summaries("where id = ?1", id).stream().findFirst();
    }

    public Optional<BundleSummary> of(UUID versionId, UUID ballotId) {
        return summaries("where draft_version_id = ?1 and ballot_id = ?2", versionId, ballotId).stream().findFirst();
    }

    public List<BundleSummary> ofVersion(UUID versionId) {
        return summaries("where draft_version_id = ?1", versionId);
    }

    public List<BundleSummary> latest(int limit) {
        return summaries("").stream().limit(limit).toList();
    }

    public Optional<byte[]> content(UUID id) {
        List<?> rows = entityManager.createNativeQuery("select content from publishing.bundle where id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().map(byte[].class::cast).findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<BundleSummary> summaries(String where, Object... parameters) {
        Query query = entityManager.createNativeQuery("select id, draft_version_id, ballot_id, manifest_sha256,"
                + " sha256, key_id, size, built_by, built_at from publishing.bundle " + where
                + " order by built_at desc");
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((List<Object[]>) query.getResultList()).stream()
                .map(row -> new BundleSummary((UUID) row[0], (UUID) row[1], (UUID) row[2], (String) row[3],
                        (String) row[4], (String) row[5], ((Number) row[6]).longValue(), (String) row[7],
                        Times.instant(row[8])))
                .toList();
    }
}
