package org.accord.review.internal.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.accord.review.internal.domain.Balance;

/**
 * The rows without entities: the clauses of each version, the append-only histories and the links between comments and
 * clause revisions. Native SQL in the caller's transaction.
 */
@ApplicationScoped
public class ReviewRows {

    /** A clause as it was in a version, with the heading of the revision the version froze. */
    public record VersionClause(UUID clauseId, String number, String kind, String heading) {
    }

    public record Extension(Instant previousClosesAt, Instant closesAt, String reason, String by, Instant at) {
    }

    public record CommentText(int revision, String clauseNumber, Integer lineNumber, String element, String type,
            String text, String proposedChange, String by, Instant at) {
    }

    public record Response(UUID commentId, UUID dispositionId, boolean satisfied, String reason, Instant at) {
    }

    /** A clause revision review heard of, for links to the clause page. */
    public record Revision(UUID id, UUID clauseId, String heading) {
    }

    /** A standing comment on a clause, made in an earlier round on the same standard. */
    public record EarlierComment(UUID roundId, String roundTitle, String versionLabel, UUID commentId, int number,
            UUID clauseId, String clauseNumber, String type, String authorName, boolean hidden, String decision) {
    }

    private final EntityManager entityManager;

    ReviewRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Rounds in a status whose time in {@code column} has come, locked so that no other instance takes them. */
    @SuppressWarnings("unchecked")
    public List<UUID> lockDue(String status, String column, Instant now) {
        return entityManager.createNativeQuery("select id from review.round where status = ?1 and " + column
                + " <= ?2 order by " + column + " limit 20 for update skip locked").setParameter(1, status)
                .setParameter(2, Timestamp.from(now)).getResultList();
    }

    /** Open rounds whose last fifth has begun and that were not looked at for balance yet, locked likewise. */
    @SuppressWarnings("unchecked")
    public List<UUID> lockInLastFifth(Instant now) {
        return entityManager.createNativeQuery("select id from review.round where status = 'OPEN'"
                + " and balance_checked_at is null"
                + " and opens_at + (closes_at - opens_at) * 0.8 <= ?1 limit 20 for update skip locked")
                .setParameter(1, Timestamp.from(now)).getResultList();
    }

    public void addVersionClause(UUID versionId, UUID clauseId, UUID revisionId, int ordinal, String kind,
            String number) {
        entityManager.createNativeQuery("insert into review.version_clause"
                + " (draft_version_id, clause_id, revision_id, ordinal, kind, number) values (?1, ?2, ?3, ?4, ?5, ?6)"
                + " on conflict do nothing").setParameter(1, versionId).setParameter(2, clauseId)
                .setParameter(3, revisionId).setParameter(4, ordinal).setParameter(5, kind).setParameter(6, number)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<VersionClause> clausesOf(UUID versionId) {
        List<Object[]> rows = entityManager.createNativeQuery("select c.clause_id, c.number, c.kind, r.heading"
                + " from review.version_clause c left join review.clause_revision r on r.id = c.revision_id"
                + " where c.draft_version_id = ?1 order by c.ordinal").setParameter(1, versionId).getResultList();
        return rows.stream().map(row -> new VersionClause((UUID) row[0], (String) row[1], (String) row[2],
                (String) row[3])).toList();
    }

    /** Clause id → its number in the version. */
    @SuppressWarnings("unchecked")
    public Map<UUID, String> numbersIn(UUID versionId) {
        List<Object[]> rows = entityManager.createNativeQuery("select clause_id, number from review.version_clause"
                + " where draft_version_id = ?1").setParameter(1, versionId).getResultList();
        Map<UUID, String> numbers = new HashMap<>();
        rows.forEach(row -> numbers.put((UUID) row[0], (String) row[1]));
        return numbers;
    }

    /** Clause id → number in the version, of the clauses with this lower-cased number or this id (may be null). */
    @SuppressWarnings("unchecked")
    public Map<UUID, String> numbersMatching(UUID versionId, String lowerCaseNumber, UUID clauseId) {
        List<Object[]> found = entityManager.createNativeQuery("select clause_id, number from review.version_clause"
                + " where draft_version_id = ?1 and (lower(number) = ?2 or clause_id = cast(?3 as uuid))")
                .setParameter(1, versionId).setParameter(2, lowerCaseNumber).setParameter(3, clauseId)
                .getResultList();
        Map<UUID, String> numbers = new HashMap<>();
        found.forEach(row -> numbers.put((UUID) row[0], (String) row[1]));
        return numbers;
    }

    public void addClauseRevision(UUID revisionId, UUID standardId, UUID clauseId, String heading, Instant at) {
        entityManager.createNativeQuery("insert into review.clause_revision (id, standard_id, clause_id, heading, at)"
                + " values (?1, ?2, ?3, ?4, ?5) on conflict do nothing").setParameter(1, revisionId)
                .setParameter(2, standardId).setParameter(3, clauseId).setParameter(4, heading)
                .setParameter(5, Timestamp.from(at)).executeUpdate();
    }

    /** The clause revisions of the standard that exist among {@code revisionIds}. */
    @SuppressWarnings("unchecked")
    public List<UUID> knownRevisions(UUID standardId, Collection<UUID> revisionIds) {
        if (revisionIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createNativeQuery("select id from review.clause_revision where standard_id = ?1"
                + " and id = any(?2)").setParameter(1, standardId)
                .setParameter(2, revisionIds.toArray(UUID[]::new)).getResultList();
    }

    public void addCommentText(UUID commentId, CommentText text) {
        entityManager.createNativeQuery("insert into review.comment_revision (comment_id, revision, clause_id,"
                + " clause_number, line_number, element, type, text, proposed_change, by_username, at)"
                + " select ?1, ?2, clause_id, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10 from review.comment where id = ?1")
                .setParameter(1, commentId).setParameter(2, text.revision()).setParameter(3, text.clauseNumber())
                .setParameter(4, text.lineNumber()).setParameter(5, text.element()).setParameter(6, text.type())
                .setParameter(7, text.text()).setParameter(8, text.proposedChange()).setParameter(9, text.by())
                .setParameter(10, Timestamp.from(text.at())).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<CommentText> textsOf(UUID commentId) {
        List<Object[]> rows = entityManager.createNativeQuery("select revision, clause_number, line_number, element,"
                + " type, text, proposed_change, by_username, at from review.comment_revision where comment_id = ?1"
                + " order by revision").setParameter(1, commentId).getResultList();
        return rows.stream().map(row -> new CommentText(((Number) row[0]).intValue(), (String) row[1],
                row[2] == null ? null : ((Number) row[2]).intValue(), (String) row[3], (String) row[4],
                (String) row[5], (String) row[6], (String) row[7], instant(row[8]))).toList();
    }

    public void addExtension(UUID roundId, Extension extension) {
        entityManager.createNativeQuery("insert into review.round_extension (round_id, previous_closes_at, closes_at,"
                + " reason, by_username, at) values (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, roundId)
                .setParameter(2, Timestamp.from(extension.previousClosesAt()))
                .setParameter(3, Timestamp.from(extension.closesAt())).setParameter(4, extension.reason())
                .setParameter(5, extension.by()).setParameter(6, Timestamp.from(extension.at())).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Extension> extensionsOf(UUID roundId) {
        List<Object[]> rows = entityManager.createNativeQuery("select previous_closes_at, closes_at, reason,"
                + " by_username, at from review.round_extension where round_id = ?1 order by id")
                .setParameter(1, roundId).getResultList();
        return rows.stream().map(row -> new Extension(instant(row[0]), instant(row[1]), (String) row[2],
                (String) row[3], instant(row[4]))).toList();
    }

    public void linkRevisions(UUID dispositionId, Collection<UUID> revisionIds) {
        for (UUID revisionId : revisionIds) {
            entityManager.createNativeQuery("insert into review.disposition_revision (disposition_id, revision_id)"
                    + " values (?1, ?2) on conflict do nothing").setParameter(1, dispositionId)
                    .setParameter(2, revisionId).executeUpdate();
        }
    }

    /** Disposition id → the clause revisions that implement it, for the dispositions of one round. */
    @SuppressWarnings("unchecked")
    public Map<UUID, List<UUID>> revisionsOfRound(UUID roundId) {
        List<Object[]> rows = entityManager.createNativeQuery("select l.disposition_id, l.revision_id"
                + " from review.disposition_revision l join review.disposition d on d.id = l.disposition_id"
                + " where d.round_id = ?1").setParameter(1, roundId).getResultList();
        Map<UUID, List<UUID>> links = new HashMap<>();
        rows.forEach(row -> links.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                .add((UUID) row[1]));
        return links;
    }

    /** Comment id → the revisions that name it as answered, for the comments of one round. */
    @SuppressWarnings("unchecked")
    public Map<UUID, List<UUID>> answersInRound(UUID roundId) {
        List<Object[]> rows = entityManager.createNativeQuery("select a.comment_id, a.revision_id"
                + " from review.revision_answer a join review.comment c on c.id = a.comment_id"
                + " where c.round_id = ?1").setParameter(1, roundId).getResultList();
        Map<UUID, List<UUID>> answers = new HashMap<>();
        rows.forEach(row -> answers.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                .add((UUID) row[1]));
        return answers;
    }

    /** Records that a revision answers the comments; ids that are no comment are ignored. */
    public void addAnswers(UUID revisionId, Collection<UUID> commentIds) {
        if (commentIds.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("insert into review.revision_answer (revision_id, comment_id)"
                + " select ?1, id from review.comment where id = any(?2) on conflict do nothing")
                .setParameter(1, revisionId).setParameter(2, commentIds.toArray(UUID[]::new)).executeUpdate();
    }

    public void addResponse(Response response) {
        entityManager.createNativeQuery("insert into review.disposition_response (comment_id, disposition_id,"
                + " satisfied, reason, at) values (?1, ?2, ?3, ?4, ?5)").setParameter(1, response.commentId())
                .setParameter(2, response.dispositionId()).setParameter(3, response.satisfied())
                .setParameter(4, response.reason()).setParameter(5, Timestamp.from(response.at())).executeUpdate();
    }

    /** Comment id → the latest response to the disposition that stands on it, for one round. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Response> responsesOfRound(UUID roundId) {
        List<Object[]> rows = entityManager.createNativeQuery("select distinct on (r.comment_id) r.comment_id,"
                + " r.disposition_id, r.satisfied, r.reason, r.at from review.disposition_response r"
                + " join review.comment c on c.id = r.comment_id and c.disposition_id = r.disposition_id"
                + " where c.round_id = ?1 order by r.comment_id, r.id desc").setParameter(1, roundId)
                .getResultList();
        Map<UUID, Response> responses = new HashMap<>();
        rows.forEach(row -> responses.put((UUID) row[0], new Response((UUID) row[0], (UUID) row[1],
                (Boolean) row[2], (String) row[3], instant(row[4]))));
        return responses;
    }

    @SuppressWarnings("unchecked")
    public List<Revision> revisionsAmong(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> found = entityManager.createNativeQuery("select id, clause_id, heading from"
                + " review.clause_revision where id = any(?1)").setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
        return found.stream().map(row -> new Revision((UUID) row[0], (UUID) row[1], (String) row[2])).toList();
    }

    /**
     * Revisions of the clause (of any clause of the standard when {@code clauseId} is null) made after {@code since},
     * newest first, at most {@code limit}.
     */
    @SuppressWarnings("unchecked")
    public List<Revision> revisionsSince(UUID standardId, UUID clauseId, Instant since, int limit) {
        List<Object[]> found = entityManager.createNativeQuery("select id, clause_id, heading from"
                + " review.clause_revision where standard_id = ?1 and (cast(?2 as uuid) is null or clause_id = ?2)"
                + " and at > ?3 order by at desc limit ?4").setParameter(1, standardId).setParameter(2, clauseId)
                .setParameter(3, Timestamp.from(since)).setParameter(4, limit).getResultList();
        return found.stream().map(row -> new Revision((UUID) row[0], (UUID) row[1], (String) row[2])).toList();
    }

    /**
     * The standing comments on clauses made in rounds on the standard's earlier versions that every member may see,
     * oldest round first.
     */
    @SuppressWarnings("unchecked")
    public List<EarlierComment> earlierComments(UUID standardId, UUID roundId) {
        List<Object[]> found = entityManager.createNativeQuery("select r.id, r.title, v.label, c.id, c.number,"
                + " c.clause_id, c.clause_number, c.type, c.author_name, c.hidden_at is not null, d.decision"
                + " from review.round r join review.draft_version v on v.id = r.draft_version_id"
                + " join review.comment c on c.round_id = r.id left join review.disposition d on d.id = c.disposition_id"
                + " where r.standard_id = ?1 and r.id <> ?2 and c.status = 'STANDING' and c.clause_id is not null"
                + " and (r.visible_while_open or r.status = 'CLOSED')"
                + " and v.published_at < (select v2.published_at from review.round r2 join review.draft_version v2"
                + " on v2.id = r2.draft_version_id where r2.id = ?2)"
                + " order by v.published_at, r.created_at, c.number").setParameter(1, standardId)
                .setParameter(2, roundId).getResultList();
        return found.stream().map(row -> new EarlierComment((UUID) row[0], (String) row[1], (String) row[2],
                (UUID) row[3], ((Number) row[4]).intValue(), (UUID) row[5], (String) row[6], (String) row[7],
                (String) row[8], (Boolean) row[9], (String) row[10])).toList();
    }

    /** Voting members now, by side and group. */
    @SuppressWarnings("unchecked")
    public List<Balance.Cell> votingMembers() {
        return cells(entityManager.createNativeQuery("select m.side, g.group_code, count(*) from review.member m"
                + " left join review.member_group g on g.member_id = m.member_id"
                + " where m.voting_rights and m.status = 'ACTIVE' and m.side <> 'OBSERVER'"
                + " group by m.side, g.group_code").getResultList());
    }

    /** The round's standing comments by the side and group their authors had when commenting. */
    @SuppressWarnings("unchecked")
    public List<Balance.Cell> commentsBySideAndGroup(UUID roundId) {
        return cells(entityManager.createNativeQuery("select side, group_code, count(*) from review.comment"
                + " where round_id = ?1 and status = 'STANDING' group by side, group_code").setParameter(1, roundId)
                .getResultList());
    }

    private static List<Balance.Cell> cells(List<Object[]> rows) {
        return rows.stream()
                .map(row -> new Balance.Cell((String) row[0], (String) row[1], ((Number) row[2]).intValue()))
                .toList();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
