package org.accord.notifications.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What waits on a member, read from the read model: each kind of item is one query, and the header's count sums the
 * same queries, so the count and the home page agree.
 */
@ApplicationScoped
public class NeedsRows {

    /** Whose needs, and the moments that decide what is recent or due. */
    public record Viewer(UUID memberId, String username, boolean moderator, boolean liaison, boolean admin,
            Instant disposedSince, LocalDate replyDueBy) {
    }

    public record BallotToVote(UUID id, String title, Instant closesAt) {
    }

    public record OpenRound(UUID id, String title, String reference, Instant closesAt) {
    }

    public record OwnComment(UUID id, UUID roundId, int number, String roundTitle, String disposition) {
    }

    public record SuggestionToDecide(UUID id, UUID standardId, UUID clauseId, String reference, Instant madeAt) {
    }

    public record StageAwaited(UUID ballotId, String ballotTitle, UUID standardId, String reference, String stage) {
    }

    public record ReplyDue(UUID id, String title, String addressee, LocalDate replyDue) {
    }

    /** An open balance alert: the rule's id, and its kind and threshold (in percent) when they are known. */
    public record Alert(String ruleId, String ruleKind, String threshold, Instant raisedAt) {
    }

    public record Activity(String kind, String paramsJson, Instant at, UUID standardId, String reference) {
    }

    public record Counts(long unread, long needsYou) {
    }

    private static final int MOST = 50;

    private static final String BALLOTS = " from notifications.ballot b join notifications.ballot_voter v"
            + " on v.ballot_id = b.id where v.member_id = ? and not v.voted and b.status = 'OPEN'";
    private static final String ROUNDS = " from notifications.round r join notifications.follow f"
            + " on f.standard_id = r.standard_id and f.following and f.member_id = ?"
            + " join notifications.standard s on s.id = r.standard_id where r.status = 'OPEN'";
    private static final String COMMENTS = " from notifications.comment c join notifications.round r"
            + " on r.id = c.round_id where c.author = ? and (c.disposition is null or c.disposed_at > ?)";
    private static final String SUGGESTIONS = " from notifications.suggestion g join notifications.standard s"
            + " on s.id = g.standard_id where not g.decided and ? = any (s.editors)";
    private static final String STAGES = " from notifications.ballot b join notifications.standard s"
            + " on s.id = b.standard_id where b.awaiting_stage and s.stage not in ('PUBLISHED', 'WITHDRAWN')";
    private static final String REPLIES = " from notifications.liaison_statement l where not l.replied"
            + " and l.reply_due <= ?";
    private static final String ALERTS = " from notifications.balance_alert a";

    private final Sql sql;

    NeedsRows(Sql sql) {
        this.sql = sql;
    }

    public List<BallotToVote> ballots(Viewer viewer) {
        return sql.list("select b.id, b.title, b.closes_at" + BALLOTS + " order by b.closes_at, b.id limit " + MOST,
                row -> new BallotToVote(Sql.uuid(row, "id"), row.getString("title"), Sql.instant(row, "closes_at")),
                viewer.memberId());
    }

    public List<OpenRound> rounds(Viewer viewer) {
        return sql.list("select r.id, r.title, s.reference, r.closes_at" + ROUNDS + " order by r.closes_at, r.id"
                + " limit " + MOST,
                row -> new OpenRound(Sql.uuid(row, "id"), row.getString("title"),
                        row.getString("reference"), Sql.instant(row, "closes_at")),
                viewer.memberId());
    }

    public List<OwnComment> comments(Viewer viewer) {
        return sql.list("select c.id, c.round_id, c.number, r.title, c.disposition" + COMMENTS
                + " order by c.disposed_at desc nulls last, r.title, c.number limit " + MOST,
                row -> new OwnComment(Sql.uuid(row, "id"), Sql.uuid(row, "round_id"), row.getInt("number"),
                        row.getString("title"), row.getString("disposition")),
                viewer.username(), viewer.disposedSince());
    }

    public List<SuggestionToDecide> suggestions(Viewer viewer) {
        return sql.list("select g.id, g.standard_id, g.clause_id, s.reference, g.made_at" + SUGGESTIONS
                + " order by g.made_at, g.id limit " + MOST,
                row -> new SuggestionToDecide(Sql.uuid(row, "id"),
                        Sql.uuid(row, "standard_id"), Sql.uuid(row, "clause_id"), row.getString("reference"),
                        Sql.instant(row, "made_at")),
                viewer.username());
    }

    public List<StageAwaited> stages(Viewer viewer) {
        if (!viewer.moderator()) {
            return List.of();
        }
        return sql.list("select b.id, b.title, s.id as standard_id, s.reference, s.stage" + STAGES
                + " order by s.reference, b.id limit " + MOST,
                row -> new StageAwaited(Sql.uuid(row, "id"),
                        row.getString("title"), Sql.uuid(row, "standard_id"), row.getString("reference"),
                        row.getString("stage")));
    }

    public List<ReplyDue> replies(Viewer viewer) {
        if (!viewer.liaison()) {
            return List.of();
        }
        return sql.list("select l.id, l.title, l.addressee, l.reply_due" + REPLIES + " order by l.reply_due, l.id"
                + " limit " + MOST,
                row -> new ReplyDue(Sql.uuid(row, "id"), row.getString("title"),
                        row.getString("addressee"), row.getObject("reply_due", LocalDate.class)),
                viewer.replyDueBy());
    }

    public List<Alert> alerts(Viewer viewer) {
        if (!viewer.admin()) {
            return List.of();
        }
        return sql.list("select a.rule_id, a.rule_kind, a.threshold_percent, a.raised_at" + ALERTS
                + " order by a.raised_at desc limit " + MOST,
                row -> new Alert(row.getString("rule_id"), row.getString("rule_kind"),
                        row.getString("threshold_percent"), Sql.instant(row, "raised_at")));
    }

    /** The latest activity on the standards the member follows. */
    public List<Activity> activity(UUID memberId, int most) {
        return sql.list("select a.kind, a.params::text as params, a.at, a.standard_id, s.reference"
                + " from notifications.activity a join notifications.follow f on f.standard_id = a.standard_id"
                + " and f.following and f.member_id = ? join notifications.standard s on s.id = a.standard_id"
                + " order by a.at desc, a.id desc limit ?",
                row -> new Activity(row.getString("kind"),
                        row.getString("params"), Sql.instant(row, "at"), Sql.uuid(row, "standard_id"),
                        row.getString("reference")),
                memberId, most);
    }

    /** The member's unread notices and the items waiting on them, in one statement. */
    public Counts counts(Viewer viewer) {
        List<Object> parameters = new ArrayList<>(List.of(viewer.memberId(), viewer.memberId(), viewer.memberId(),
                viewer.username(), viewer.disposedSince(), viewer.username()));
        StringBuilder needs = new StringBuilder("(select count(*)" + BALLOTS + ") + (select count(*)" + ROUNDS
                + ") + (select count(*)" + COMMENTS + ") + (select count(*)" + SUGGESTIONS + ")");
        if (viewer.moderator()) {
            needs.append(" + (select count(*)" + STAGES + ")");
        }
        if (viewer.liaison()) {
            needs.append(" + (select count(*)" + REPLIES + ")");
            parameters.add(viewer.replyDueBy());
        }
        if (viewer.admin()) {
            needs.append(" + (select count(*)" + ALERTS + ")");
        }
        return sql.first("select (select count(*) from notifications.notice where member_id = ?"
                + " and read_at is null) as unread, " + needs + " as needs",
                row -> new Counts(row.getLong("unread"), row.getLong("needs")), parameters.toArray()).orElseThrow();
    }
}
