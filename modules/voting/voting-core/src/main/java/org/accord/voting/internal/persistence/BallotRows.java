package org.accord.voting.internal.persistence;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.accord.platform.web.PageRequest;
import org.hibernate.Session;

/**
 * The per-ballot rows that have composite keys: eligible voters, counted votes, their history and the recorded tallies.
 * Native SQL in the caller's transaction.
 */
@ApplicationScoped
public class BallotRows {

    private static final String AWAITING_VOTE = "select b.id from voting.ballot b join voting.eligible_voter e"
            + " on e.ballot_id = b.id and e.member_id = ?1 where b.status = 'OPEN' and not exists"
            + " (select 1 from voting.vote v where v.ballot_id = b.id and v.member_id = ?1)";

    public record Eligible(UUID memberId, String fullName, String side, String groupCode, int weight) {
    }

    public record CountedVote(UUID memberId, String fullName, String position, String reason, Instant castAt) {
    }

    /** A published tally; the counts by position are null when withheld. */
    public record TallyRow(String scope, int eligible, int voted, boolean withheld, Integer approve,
            Integer approveWithComments, Integer disapprove, Integer abstain) {
    }

    /** Whether the rule held in a scope. */
    public record CheckRow(String scope, boolean holds) {
    }

    /** A sealed paper of an open secret ballot, found by its voter's tag. */
    public record BoxedPaper(byte[] voterTag, byte[] sealed) {
    }

    /** A paper of a closed secret ballot: a position (and a disapproval's reason), tied to no one. */
    public record AnonymousPaper(String position, String reason) {
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

    @SuppressWarnings("unchecked")
    public List<UUID> eligibleMemberIds(UUID ballotId) {
        return entityManager.createNativeQuery("select member_id from voting.eligible_voter where ballot_id = ?1",
                UUID.class).setParameter(1, ballotId).getResultList();
    }

    public boolean isEligible(UUID ballotId, UUID memberId) {
        return !entityManager.createNativeQuery("select 1 from voting.eligible_voter where ballot_id = ?1"
                + " and member_id = ?2").setParameter(1, ballotId).setParameter(2, memberId).getResultList()
                .isEmpty();
    }

    /**
     * Records a member's vote, replacing their earlier one in one atomic statement; the history keeps both. On a secret
     * ballot {@code position} and {@code reason} are null: these rows say who voted, the ballot box says how.
     *
     * @return whether the member had voted before
     */
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

    public void recordResult(UUID ballotId, List<TallyRow> tallies, List<CheckRow> checks) {
        int ordinal = 0;
        for (TallyRow tally : tallies) {
            entityManager.createNativeQuery("insert into voting.ballot_tally (ballot_id, ordinal, scope, eligible,"
                    + " voted, withheld, approve, approve_with_comments, disapprove, abstain)"
                    + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                    .setParameter(1, ballotId).setParameter(2, ordinal++).setParameter(3, tally.scope())
                    .setParameter(4, tally.eligible()).setParameter(5, tally.voted())
                    .setParameter(6, tally.withheld()).setParameter(7, tally.approve())
                    .setParameter(8, tally.approveWithComments()).setParameter(9, tally.disapprove())
                    .setParameter(10, tally.abstain()).executeUpdate();
        }
        ordinal = 0;
        for (CheckRow check : checks) {
            entityManager.createNativeQuery("insert into voting.ballot_check (ballot_id, ordinal, scope, holds)"
                    + " values (?1, ?2, ?3, ?4)").setParameter(1, ballotId).setParameter(2, ordinal++)
                    .setParameter(3, check.scope()).setParameter(4, check.holds()).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    public List<TallyRow> tallies(UUID ballotId) {
        List<Object[]> rows = entityManager.createNativeQuery("select scope, eligible, voted, withheld, approve,"
                + " approve_with_comments, disapprove, abstain from voting.ballot_tally where ballot_id = ?1"
                + " order by ordinal").setParameter(1, ballotId).getResultList();
        return rows.stream().map(row -> new TallyRow((String) row[0], ((Number) row[1]).intValue(),
                ((Number) row[2]).intValue(), (Boolean) row[3], integer(row[4]), integer(row[5]), integer(row[6]),
                integer(row[7]))).toList();
    }

    @SuppressWarnings("unchecked")
    public List<CheckRow> checks(UUID ballotId) {
        List<Object[]> rows = entityManager.createNativeQuery("select scope, holds from voting.ballot_check"
                + " where ballot_id = ?1 order by ordinal").setParameter(1, ballotId).getResultList();
        return rows.stream().map(row -> new CheckRow((String) row[0], (Boolean) row[1])).toList();
    }

    public void storeKey(UUID ballotId, byte[] wrappedKey) {
        entityManager.createNativeQuery("insert into voting.ballot_key (ballot_id, wrapped_key) values (?1, ?2)")
                .setParameter(1, ballotId).setParameter(2, wrappedKey).executeUpdate();
    }

    public Optional<byte[]> wrappedKey(UUID ballotId) {
        return entityManager.createNativeQuery("select wrapped_key from voting.ballot_key where ballot_id = ?1")
                .setParameter(1, ballotId).getResultList().stream().map(byte[].class::cast).findFirst();
    }

    /** Puts a voter's sealed paper into the box, replacing the one they put in before. */
    public void putInBox(UUID ballotId, byte[] voterTag, byte[] sealed) {
        entityManager.createNativeQuery("insert into voting.ballot_box (ballot_id, voter_tag, sealed)"
                + " values (?1, ?2, ?3) on conflict (ballot_id, voter_tag) do update set sealed = excluded.sealed")
                .setParameter(1, ballotId).setParameter(2, voterTag).setParameter(3, sealed).executeUpdate();
    }

    public Optional<byte[]> sealedPaper(UUID ballotId, byte[] voterTag) {
        return entityManager.createNativeQuery("select sealed from voting.ballot_box where ballot_id = ?1"
                + " and voter_tag = ?2").setParameter(1, ballotId).setParameter(2, voterTag).getResultList()
                .stream().map(byte[].class::cast).findFirst();
    }

    @SuppressWarnings("unchecked")
    public List<BoxedPaper> box(UUID ballotId) {
        List<Object[]> rows = entityManager.createNativeQuery("select voter_tag, sealed from voting.ballot_box"
                + " where ballot_id = ?1").setParameter(1, ballotId).getResultList();
        return rows.stream().map(row -> new BoxedPaper((byte[]) row[0], (byte[]) row[1])).toList();
    }

    /**
     * Crypto-shredding: the box and the ballot's key go, and the papers stay, in the given (random) order and tied to
     * no one. Nothing that could link a member to a position is left in a live row.
     */
    public void emptyBox(UUID ballotId, List<AnonymousPaper> papers) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into voting.ballot_paper"
                    + " (ballot_id, ordinal, position, reason) values (?, ?, ?, ?)")) {
                int ordinal = 0;
                for (AnonymousPaper paper : papers) {
                    insert.setObject(1, ballotId);
                    insert.setInt(2, ordinal++);
                    insert.setString(3, paper.position());
                    insert.setString(4, paper.reason());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        entityManager.createNativeQuery("delete from voting.ballot_box where ballot_id = ?1").setParameter(1, ballotId)
                .executeUpdate();
        entityManager.createNativeQuery("delete from voting.ballot_key where ballot_id = ?1").setParameter(1, ballotId)
                .executeUpdate();
    }

    /**
     * The reasons given with disapprovals and the comments given with approvals on a closed secret ballot, tied to no
     * one: disapprovals first, each kind in alphabetical order.
     */
    @SuppressWarnings("unchecked")
    public List<AnonymousPaper> anonymousReasons(UUID ballotId) {
        List<Object[]> rows = entityManager.createNativeQuery("select position, reason from voting.ballot_paper"
                + " where ballot_id = ?1 and reason is not null order by position = 'DISAPPROVE' desc, reason")
                .setParameter(1, ballotId).getResultList();
        return rows.stream().map(row -> new AnonymousPaper((String) row[0], (String) row[1])).toList();
    }

    /**
     * Secret ballots still to be opened or closed that lack a key or still hold a position in the public rows, as a
     * database from before ballot boxes has them; locked against a second instance doing the same.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> lockSecretBallotsWithoutBox() {
        return entityManager.createNativeQuery("select b.id from voting.ballot b where b.secret"
                + " and b.status in ('SCHEDULED', 'OPEN') and (not exists (select 1 from voting.ballot_key k"
                + " where k.ballot_id = b.id) or exists (select 1 from voting.vote v where v.ballot_id = b.id"
                + " and v.position is not null)) for update").getResultList();
    }

    /** Leaves who voted and when, and drops how, from the public rows of a ballot. */
    public void forgetPositions(UUID ballotId) {
        entityManager.createNativeQuery("update voting.vote set position = null, reason = null where ballot_id = ?1")
                .setParameter(1, ballotId).executeUpdate();
        entityManager.createNativeQuery("update voting.vote_history set position = null, reason = null"
                + " where ballot_id = ?1").setParameter(1, ballotId).executeUpdate();
    }

    /** Who has voted, without how. */
    @SuppressWarnings("unchecked")
    public List<UUID> voterIds(UUID ballotId) {
        return entityManager.createNativeQuery("select member_id from voting.vote where ballot_id = ?1")
                .setParameter(1, ballotId).getResultList();
    }

    /** Open ballots the member may vote in and has not voted in yet, closing first. */
    @SuppressWarnings("unchecked")
    public List<UUID> awaitingVoteOf(UUID memberId) {
        return entityManager.createNativeQuery(AWAITING_VOTE + " order by b.closes_at, b.id").setParameter(1, memberId)
                .getResultList();
    }

    /** A page of {@link #awaitingVoteOf(UUID)}, continuing after the (closes at, id) of the previous page's last. */
    @SuppressWarnings("unchecked")
    public List<UUID> awaitingVoteOf(UUID memberId, PageRequest page) {
        if (page.isFirst()) {
            return entityManager.createNativeQuery(AWAITING_VOTE + " order by b.closes_at, b.id")
                    .setParameter(1, memberId).setMaxResults(page.fetchSize()).getResultList();
        }
        return entityManager
                .createNativeQuery(AWAITING_VOTE + " and (b.closes_at, b.id) > (?2, ?3) order by b.closes_at, b.id")
                .setParameter(1, memberId).setParameter(2, Timestamp.from(page.after().instant(0)))
                .setParameter(3, page.after().uuid(1)).setMaxResults(page.fetchSize()).getResultList();
    }

    /** Due ballots, locked so that of several instances exactly one opens or closes each. */
    @SuppressWarnings("unchecked")
    public List<UUID> lockDue(String status, String timeColumn, Instant now) {
        return entityManager.createNativeQuery("select id from voting.ballot where status = ?1 and " + timeColumn
                + " <= ?2 order by " + timeColumn + " limit 20 for update skip locked").setParameter(1, status)
                .setParameter(2, Timestamp.from(now)).getResultList();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
