package org.accord.notifications.internal.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/** Ballots and who may vote in each, and whether they have, from voting's events; never how anyone voted. */
@ApplicationScoped
public class BallotRows {

    public record Ballot(UUID id, String title, UUID standardId, Instant closesAt, String status) {
    }

    private static final String BALLOT = "select id, title, standard_id, closes_at, status from notifications.ballot";

    private final Sql sql;

    BallotRows(Sql sql) {
        this.sql = sql;
    }

    public void open(UUID id, String title, UUID standardId, UUID draftVersionId, boolean secret, Instant closesAt) {
        sql.update("insert into notifications.ballot (id, title, standard_id, draft_version_id, secret, closes_at,"
                + " status) values (?, ?, ?, ?, ?, ?, 'OPEN') on conflict (id) do nothing", id, title, standardId,
                draftVersionId, secret, closesAt);
    }

    public void addVoters(UUID ballotId, Collection<UUID> memberIds) {
        sql.update("insert into notifications.ballot_voter (ballot_id, member_id) select ?, unnest(?)"
                + " on conflict (ballot_id, member_id) do nothing", ballotId, Sql.uuids(memberIds));
    }

    /** @return whether this was the member's first vote in the ballot */
    public boolean markVoted(UUID ballotId, UUID memberId) {
        return sql.update("update notifications.ballot_voter set voted = true where ballot_id = ? and member_id = ?"
                + " and not voted", ballotId, memberId) == 1;
    }

    /**
     * Ends the ballot. A passed ballot on a draft version then awaits the stage change it allows, unless that change
     * was heard already.
     *
     * @return whether the ballot now awaits its stage change
     */
    public boolean end(UUID id, String status, Boolean passed) {
        return sql.first("update notifications.ballot b set status = ?, passed = ?,"
                + " awaiting_stage = coalesce(?, false) and b.draft_version_id is not null"
                + " and not exists (select 1 from notifications.stage_taken t where t.ballot_id = b.id)"
                + " where b.id = ? returning b.awaiting_stage", row -> row.getBoolean("awaiting_stage"), status,
                passed, passed, id).orElse(false);
    }

    /**
     * Remembers that a stage change named the ballot, whether or not its close has been heard yet.
     *
     * @return whether the ballot was awaiting the stage change that has now come
     */
    public boolean stageTaken(UUID id) {
        sql.update("insert into notifications.stage_taken (ballot_id) values (?) on conflict do nothing", id);
        return sql.update("update notifications.ballot set awaiting_stage = false where id = ? and awaiting_stage",
                id) == 1;
    }

    public Optional<Ballot> find(UUID id) {
        return sql.first(BALLOT + " where id = ?", BallotRows::ballot, id);
    }

    public List<UUID> voters(UUID ballotId) {
        return sql.list("select member_id from notifications.ballot_voter where ballot_id = ?",
                row -> Sql.uuid(row, "member_id"), ballotId);
    }

    public List<UUID> votersYetToVote(UUID ballotId) {
        return sql.list("select member_id from notifications.ballot_voter where ballot_id = ? and not voted",
                row -> Sql.uuid(row, "member_id"), ballotId);
    }

    /**
     * Open ballots closing after {@code now} and by {@code closingBy} that nobody reminded of yet, marked reminded in
     * the same statement: of several instances, only one gets each.
     */
    public List<Ballot> claimReminders(Instant now, Instant closingBy) {
        return sql.list("update notifications.ballot set reminded = true where status = 'OPEN' and not reminded"
                + " and closes_at > ? and closes_at <= ? returning id, title, standard_id, closes_at, status",
                BallotRows::ballot, now, closingBy);
    }

    private static Ballot ballot(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Ballot(Sql.uuid(row, "id"), row.getString("title"), Sql.uuid(row, "standard_id"),
                Sql.instant(row, "closes_at"), row.getString("status"));
    }
}
