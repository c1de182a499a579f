package org.accord.voting.internal.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The per-ballot rows that have composite keys: eligible voters, counted votes, their history and the recorded tallies.
 * Native SQL in the caller's transaction.
 */
@ApplicationScoped
public class BallotRows {

    public record Eligible(UUID memberId, String fullName, String side, String groupCode, int weight) {
    }

    public record CountedVote(UUID memberId, String fullName, String position, String reason, Instant castAt) {
    }

    public record TallyRow(String scope, int eligible, int approve, int approveWithComments, int disapprove,
            int abstain) {
    }

    private final EntityManager entityManager;

    BallotRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Snapshots the voting members of this moment: active, with voting rights, with their side and group now. */
    public int snapshotEligible(UUID ballotId) {
        return entityManager.createNativeQuery("insert into voting.eligible_voter"
                + " (ballot_id, member_id, full_name, side, group_code, weight)"
                + " select ?1, v.member_id, v.full_name, v.side, g.group_code, 1 from voting.voter v"
                + " left join voting.member_group g on g.member_id = v.member_id"
                + " where v.voting_rights and v.status = 'ACTIVE' and v.side <> 'OBSERVER'")
                .setParameter(1, ballotId).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Eligible> eligible(UUID ballotId) {
        List<Object[]> rows = entityManager.createNativeQuery("select member_id, full_name, side, group_code, weight"
                + " from voting.eligible_voter where ballot_id = ?1 order by full_name").setParameter(1, ballotId)
                .getResultList();
        return rows.stream().map(row -> new Eligible((UUID) row[0], (String) row[1], (String) row[2],
                (String) row[3], ((Number) row[4]).intValue())).toList();
    }

    public boolean isEligible(UUID ballotId, UUID memberId) {
        return !entityManager.createNativeQuery("select 1 from voting.eligible_voter where ballot_id = ?1"
                + " and member_id = ?2").setParameter(1, ballotId).setParameter(2, memberId).getResultList()
                .isEmpty();
    }

    /** Records a member's vote, replacing their earlier one in one atomic statement; the history keeps both. */
    public boolean castVote(UUID ballotId, UUID memberId, String position, String reason, Instant at) {
        Number changes = (Number) entityManager.createNativeQuery("insert into voting.vote"
                + " (ballot_id, member_id, position, reason, cast_at, changes) values (?1, ?2, ?3, ?4, ?5, 0)"
                + " on conflict (ballot_id, member_id) do update set position = excluded.position,"
                + " reason = excluded.reason, cast_at = excluded.cast_at, changes = voting.vote.changes + 1"
                + " returning changes").setParameter(1, ballotId).setParameter(2, memberId)
                .setParameter(3, position).setParameter(4, reason).setParameter(5, Timestamp.from(at))
                .getSingleResult();
        entityManager.createNativeQuery("insert into voting.vote_history (ballot_id, member_id, position, reason,"
                + " cast_at) values (?1, ?2, ?3, ?4, ?5)").setParameter(1, ballotId).setParameter(2, memberId)
                .setParameter(3, position).setParameter(4, reason).setParameter(5, Timestamp.from(at))
                .executeUpdate();
        return changes.intValue() > 0;
    }

    @SuppressWarnings("unchecked")
    public List<CountedVote> votes(UUID ballotId) {
        List<Object[]> rows = entityManager.createNativeQuery("select v.member_id, e.full_name, v.position, v.reason,"
                + " v.cast_at from voting.vote v join voting.eligible_voter e on e.ballot_id = v.ballot_id"
                + " and e.member_id = v.member_id where v.ballot_id = ?1 order by e.full_name")
                .setParameter(1, ballotId).getResultList();
        return rows.stream().map(row -> new CountedVote((UUID) row[0], (String) row[1], (String) row[2],
                (String) row[3], instant(row[4]))).toList();
    }

    public long submissions(UUID ballotId, UUID memberId) {
        return ((Number) entityManager.createNativeQuery("select count(*) from voting.vote_history"
                + " where ballot_id = ?1 and member_id = ?2").setParameter(1, ballotId).setParameter(2, memberId)
                .getSingleResult()).longValue();
    }

    public void recordTallies(UUID ballotId, List<TallyRow> tallies) {
        int ordinal = 0;
        for (TallyRow tally : tallies) {
            entityManager.createNativeQuery("insert into voting.ballot_tally (ballot_id, ordinal, scope, eligible,"
                    + " approve, approve_with_comments, disapprove, abstain) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                    .setParameter(1, ballotId).setParameter(2, ordinal++).setParameter(3, tally.scope())
                    .setParameter(4, tally.eligible()).setParameter(5, tally.approve())
                    .setParameter(6, tally.approveWithComments()).setParameter(7, tally.disapprove())
                    .setParameter(8, tally.abstain()).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    public List<TallyRow> tallies(UUID ballotId) {
        List<Object[]> rows = entityManager.createNativeQuery("select scope, eligible, approve,"
                + " approve_with_comments, disapprove, abstain from voting.ballot_tally where ballot_id = ?1"
                + " order by ordinal").setParameter(1, ballotId).getResultList();
        return rows.stream().map(row -> new TallyRow((String) row[0], ((Number) row[1]).intValue(),
                ((Number) row[2]).intValue(), ((Number) row[3]).intValue(), ((Number) row[4]).intValue(),
                ((Number) row[5]).intValue())).toList();
    }

    /** Open ballots the member may vote in and has not voted in yet. */
    @SuppressWarnings("unchecked")
    public List<UUID> awaitingVoteOf(UUID memberId) {
        return entityManager.createNativeQuery("select b.id from voting.ballot b join voting.eligible_voter e"
                + " on e.ballot_id = b.id and e.member_id = ?1 where b.status = 'OPEN' and not exists"
                + " (select 1 from voting.vote v where v.ballot_id = b.id and v.member_id = ?1) order by b.closes_at")
                .setParameter(1, memberId).getResultList();
    }

    /** Due ballots, locked so that of several instances exactly one opens or closes each. */
    @SuppressWarnings("unchecked")
    public List<UUID> lockDue(String status, String timeColumn, Instant now) {
        return entityManager.createNativeQuery("select id from voting.ballot where status = ?1 and " + timeColumn
                + " <= ?2 order by " + timeColumn + " limit 20 for update skip locked").setParameter(1, status)
                .setParameter(2, Timestamp.from(now)).getResultList();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
