package org.accord.publishing.internal.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** The signed bundles as statements show them, and which bundles a statement carried. Native SQL. */
@ApplicationScoped
public class LiaisonRows {

    /** A signed bundle named as people know it: the standard's reference and the version's label. */
    public record BundleLink(UUID id, UUID standardId, String reference, UUID versionId, String versionLabel,
            String sha256, Instant builtAt) {
    }

    private static final String BUNDLE_LINKS = "select b.id, s.id, s.reference, v.id, v.label, b.sha256, b.built_at"
            + " from publishing.bundle b join publishing.draft_version v on v.id = b.draft_version_id"
            + " join publishing.standard s on s.id = v.standard_id ";

    private final EntityManager entityManager;

    LiaisonRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The newest signed bundles, to choose from when a statement is written. */
    public List<BundleLink> signedBundles(int limit) {
        return links(entityManager.createNativeQuery(BUNDLE_LINKS + "order by b.built_at desc, b.id limit ?1")
                .setParameter(1, limit));
    }

    /** The bundles the statement carried, in the order they were listed. */
    public List<BundleLink> bundlesOf(UUID statementId) {
        return links(entityManager.createNativeQuery(BUNDLE_LINKS
                + "join publishing.liaison_statement_bundle a on a.bundle_id = b.id where a.statement_id = ?1"
                + " order by a.ordinal").setParameter(1, statementId));
    }

    /** Those of {@code bundleIds} that are stored. */
    @SuppressWarnings("unchecked")
    public List<UUID> storedBundles(Collection<UUID> bundleIds) {
        if (bundleIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createNativeQuery("select id from publishing.bundle where id = any(?1)")
                .setParameter(1, bundleIds.toArray(UUID[]::new)).getResultList();
    }

    public void attach(UUID statementId, List<UUID> bundleIds) {
        for (int ordinal = 0; ordinal < bundleIds.size(); ordinal++) {
            entityManager.createNativeQuery("insert into publishing.liaison_statement_bundle"
                    + " (statement_id, bundle_id, ordinal) values (?1, ?2, ?3)").setParameter(1, statementId)
                    .setParameter(2, bundleIds.get(ordinal)).setParameter(3, ordinal).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<BundleLink> links(Query query) {
        return ((List<Object[]>) query.getResultList()).stream().map(row -> new BundleLink((UUID) row[0],
                (UUID) row[1], (String) row[2], (UUID) row[3], (String) row[4], (String) row[5], Times.instant(row[6])))
                .toList();
    }
}
