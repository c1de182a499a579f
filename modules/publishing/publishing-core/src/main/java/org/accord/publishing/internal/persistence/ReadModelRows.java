package org.accord.publishing.internal.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Publishing's read model of drafting and voting: standards, clause revisions with their words, frozen versions,
 * ballots on versions and the standard's decisions. Written only by the event handlers; native SQL in the caller's
 * transaction.
 */
@ApplicationScoped
public class ReadModelRows {

    public record Standard(UUID id, String reference, String title, String scope, String stage) {
    }

    public record Version(UUID id, UUID standardId, String label, String stage, String contentHash,
            Instant publishedAt) {
    }

    /** A clause as a version froze it, with the words of the revision it names (null when that revision is unknown). */
    public record VersionClause(UUID clauseId, UUID parentId, String kind, String number, UUID revisionId,
            String heading, String text) {
    }

    public record Ballot(UUID id, UUID draftVersionId, String title, String rule, boolean secret, String status,
            Boolean passed, Instant closedAt, String contentHash, String result) {
    }

    public record Decision(long sequence, String type, String details, Instant at) {
    }

    private static final String VERSION_COLUMNS = "select v.id, v.standard_id, v.label, v.stage, v.content_hash,"
            + " v.published_at from publishing.draft_version v ";

    private final EntityManager entityManager;

    ReadModelRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void addStandard(UUID id, String reference, String title, String scope, Instant at) {
        entityManager
                .createNativeQuery("insert into publishing.standard (id, reference, title, scope, stage, created_at)"
                        + " values (?1, ?2, ?3, ?4, 'WORKING_DRAFT', ?5) on conflict (id) do nothing")
                .setParameter(1, id)
                .setParameter(2, reference).setParameter(3, title).setParameter(4, scope == null ? "" : scope)
                .setParameter(5, Timestamp.from(at)).executeUpdate();
    }

    public void addRevision(UUID id, UUID standardId, UUID clauseId, String heading, String text, Instant at) {
        entityManager.createNativeQuery("insert into publishing.clause_revision (id, standard_id, clause_id, heading,"
                + " text, at) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (id) do nothing").setParameter(1, id)
                .setParameter(2, standardId).setParameter(3, clauseId).setParameter(4, heading == null ? "" : heading)
                .setParameter(5, text == null ? "" : text).setParameter(6, Timestamp.from(at)).executeUpdate();
    }

    /** @return false when the version was known already */
    public boolean addVersion(UUID id, UUID standardId, String label, String stage, String contentHash,
            Instant publishedAt) {
        return entityManager.createNativeQuery("insert into publishing.draft_version (id, standard_id, label, stage,"
                + " content_hash, published_at) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (id) do nothing")
                .setParameter(1, id).setParameter(2, standardId).setParameter(3, label).setParameter(4, stage)
                .setParameter(5, contentHash).setParameter(6, Timestamp.from(publishedAt)).executeUpdate() == 1;
    }

    public void addVersionClause(UUID versionId, UUID clauseId, UUID parentId, int ordinal, String kind,
            String number, UUID revisionId) {
        entityManager.createNativeQuery("insert into publishing.version_clause (draft_version_id, clause_id, parent_id,"
                + " ordinal, kind, number, revision_id) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)").setParameter(1, versionId)
                .setParameter(2, clauseId).setParameter(3, parentId).setParameter(4, ordinal).setParameter(5, kind)
                .setParameter(6, number).setParameter(7, revisionId).executeUpdate();
    }

    public void changeStage(UUID standardId, String from, String to, UUID ballotId, Instant at) {
        entityManager.createNativeQuery("update publishing.standard set stage = ?2 where id = ?1")
                .setParameter(1, standardId).setParameter(2, to).executeUpdate();
        entityManager.createNativeQuery("insert into publishing.stage_change (standard_id, from_stage, to_stage,"
                + " ballot_id, at) values (?1, ?2, ?3, ?4, ?5)").setParameter(1, standardId).setParameter(2, from)
                .setParameter(3, to).setParameter(4, ballotId).setParameter(5, Timestamp.from(at)).executeUpdate();
    }

    public void openBallot(UUID id, UUID versionId, String title, String rule, boolean secret, Instant at) {
        entityManager.createNativeQuery("insert into publishing.ballot (id, draft_version_id, title, rule, secret,"
                + " opened_at, status) values (?1, ?2, ?3, ?4, ?5, ?6, 'OPEN') on conflict (id) do nothing")
                .setParameter(1, id).setParameter(2, versionId).setParameter(3, title).setParameter(4, rule)
                .setParameter(5, secret).setParameter(6, Timestamp.from(at)).executeUpdate();
    }

    public void closeBallot(UUID id, boolean passed, Instant closedAt, String contentHash, String result) {
        entityManager.createNativeQuery("update publishing.ballot set status = 'CLOSED', passed = ?2, closed_at = ?3,"
                + " content_hash = ?4, result = ?5 where id = ?1").setParameter(1, id).setParameter(2, passed)
                .setParameter(3, Timestamp.from(closedAt)).setParameter(4, contentHash).setParameter(5, result)
                .executeUpdate();
    }

    public void cancelBallot(UUID id) {
        entityManager.createNativeQuery("update publishing.ballot set status = 'CANCELLED' where id = ?1")
                .setParameter(1, id).executeUpdate();
    }

    public void addDecision(UUID standardId, String type, String details, Instant at) {
        entityManager.createNativeQuery("insert into publishing.decision (standard_id, type, details, at)"
                + " values (?1, ?2, ?3, ?4)").setParameter(1, standardId).setParameter(2, type)
                .setParameter(3, details).setParameter(4, Timestamp.from(at)).executeUpdate();
    }

    public Optional<Standard> standard(UUID id) {
        List<?> rows = entityManager.createNativeQuery("select id, reference, title, scope, stage"
                + " from publishing.standard where id = ?1").setParameter(1, id).getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new Standard((UUID) row[0], (String) row[1],
                (String) row[2], (String) row[3], (String) row[4])).findFirst();
    }

    public Optional<Version> version(UUID id) {
        return versions("where v.id = ?1", id).stream().findFirst();
    }

    /** The newest versions of all standards, for the exports page. */
    @SuppressWarnings("unchecked")
    public List<Version> latestVersions(int limit) {
        return ((List<Object[]>) entityManager.createNativeQuery(VERSION_COLUMNS + " order by v.published_at desc")
                .setMaxResults(limit).getResultList()).stream().map(ReadModelRows::version).toList();
    }

    public List<VersionClause> clausesOf(UUID versionId) {
        List<?> rows = entityManager.createNativeQuery("select c.clause_id, c.parent_id, c.kind, c.number,"
                + " c.revision_id, r.heading, r.text from publishing.version_clause c left join"
                + " publishing.clause_revision r on r.id = c.revision_id where c.draft_version_id = ?1"
                + " order by c.ordinal").setParameter(1, versionId).getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new VersionClause((UUID) row[0], (UUID) row[1],
                (String) row[2], (String) row[3], (UUID) row[4], (String) row[5], (String) row[6])).toList();
    }

    public Optional<UUID> versionOfBallot(UUID ballotId) {
        List<?> rows = entityManager.createNativeQuery("select draft_version_id from publishing.ballot where id = ?1")
                .setParameter(1, ballotId).getResultList();
        return rows.stream().map(UUID.class::cast).findFirst();
    }

    /**
     * The ballots that carried the standard to the consensus draft or beyond on this version and passed, latest first:
     * a bundle names the latest.
     */
    public List<Ballot> carryingBallots(UUID versionId) {
        return ballots("join publishing.stage_change s on s.ballot_id = b.id where b.draft_version_id = ?1 and"
                + " b.passed and s.to_stage in ('CONSENSUS_DRAFT', 'APPROVED', 'PUBLISHED') order by s.id desc",
                versionId).stream().distinct().toList();
    }

    public List<Decision> decisionsOf(UUID standardId) {
        List<?> rows = entityManager.createNativeQuery("select id, type, details, at from publishing.decision"
                + " where standard_id = ?1 order by id").setParameter(1, standardId).getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new Decision(((Number) row[0]).longValue(),
                (String) row[1], (String) row[2], Times.instant(row[3]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Version> versions(String where, UUID parameter) {
        return ((List<Object[]>) entityManager.createNativeQuery(VERSION_COLUMNS + where
                + " order by v.published_at desc").setParameter(1, parameter).getResultList()).stream()
                .map(ReadModelRows::version).toList();
    }

    private static Version version(Object[] row) {
        return new Version((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3], (String) row[4],
                Times.instant(row[5]));
    }

    private List<Ballot> ballots(String rest, UUID versionId) {
        List<?> rows = entityManager.createNativeQuery("select b.id, b.draft_version_id, b.title, b.rule,"
                + " b.secret, b.status, b.passed, b.closed_at, b.content_hash, b.result"
                + " from publishing.ballot b " + rest).setParameter(1, versionId).getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new Ballot((UUID) row[0], (UUID) row[1],
                (String) row[2], (String) row[3], (Boolean) row[4], (String) row[5], (Boolean) row[6],
                row[7] == null ? null : Times.instant(row[7]), (String) row[8], (String) row[9])).toList();
    }
}
