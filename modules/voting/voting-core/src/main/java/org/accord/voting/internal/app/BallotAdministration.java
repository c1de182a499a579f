package org.accord.voting.internal.app;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.errors.TextRules;
import org.accord.platform.i18n.Text;
import org.accord.platform.outbox.Outbox;
import org.accord.voting.api.VotingModule;
import org.accord.voting.api.events.BallotCancelled;
import org.accord.voting.api.events.BallotClosed;
import org.accord.voting.api.events.BallotOpened;
import org.accord.voting.internal.domain.BallotBox;
import org.accord.voting.internal.domain.Disclosure;
import org.accord.voting.internal.domain.GroupNames;
import org.accord.voting.internal.domain.Position;
import org.accord.voting.internal.domain.Rule;
import org.accord.voting.internal.domain.Tally;
import org.accord.voting.internal.persistence.BallotEntity;
import org.accord.voting.internal.persistence.BallotRows;
import org.accord.voting.internal.persistence.DraftVersionEntity;
import org.accord.voting.internal.persistence.VotingRepositories;

/** Moderators open ballots; ballots close at their time (or earlier by a moderator) and publish their result. */
@ApplicationScoped
public class BallotAdministration {

    /** What a moderator asks for. {@code opensAt} null means now; no rule means a simple majority. */
    public record Opening(String title, UUID draftVersionId, String question, RuleSpec rule, Instant opensAt,
            Instant closesAt, boolean secret, String instructions) {
    }

    private static final SecureRandom SHUFFLE = new SecureRandom();
    private static final Text TITLE = Text.of("voting.field_title");
    private static final Text REASON = Text.of("voting.field_reason");

    private final VotingRepositories.Ballots ballots;
    private final VotingRepositories.DraftVersions versions;
    private final BallotRows rows;
    private final BallotStandings standings;
    private final BallotKeys keys;
    private final Rules rules;
    private final VotingConfig config;
    private final BallotTitles titles;
    private final Outbox outbox;

    BallotAdministration(VotingRepositories.Ballots ballots, VotingRepositories.DraftVersions versions,
            BallotRows rows, BallotStandings standings, BallotKeys keys, Rules rules, VotingConfig config,
            BallotTitles titles, Outbox outbox) {
        this.ballots = ballots;
        this.versions = versions;
        this.rows = rows;
        this.standings = standings;
        this.keys = keys;
        this.rules = rules;
        this.config = config;
        this.titles = titles;
        this.outbox = outbox;
    }

    @Transactional
    public UUID open(Opening opening, String moderator) {
        Rule rule = opening.rule() == null ? Rule.simpleMajority() : opening.rule().toRule();
        Instant now = Instant.now();
        Instant opensAt = opening.opensAt() == null || opening.opensAt().isBefore(now) ? now : opening.opensAt();
        if (opening.closesAt() == null || !opening.closesAt().isAfter(opensAt.plus(Duration.ofMinutes(1)))) {
            throw RuleViolation.invalid("closesAt", Text.of("voting.closes_too_soon"));
        }
        BallotEntity ballot = new BallotEntity();
        ballot.id = UUID.randomUUID();
        if (opening.draftVersionId() != null) {
            DraftVersionEntity version = versions.findByIdOptional(opening.draftVersionId())
                    .orElseThrow(() -> RuleViolation.invalid("draftVersionId",
                            Text.of("voting.no_draft_version", opening.draftVersionId().toString())));
            if (version.contentHash == null) {
                throw RuleViolation.conflict("draftVersionId",
                        Text.of("voting.version_without_hash", version.reference, version.label));
            }
            ballot.draftVersionId = version.id;
            ballot.contentHash = version.contentHash;
            // Without a title of its own, the ballot is titled after its version in each reader's language.
            ballot.title = opening.title() == null || opening.title().isBlank()
                    ? null
                    : TextRules.plainText("title", TITLE, opening.title(), 200, true);
        } else {
            ballot.question = TextRules.freeText("question", Text.of("voting.field_question"), opening.question(),
                    2_000, true);
            ballot.title = opening.title() == null || opening.title().isBlank()
                    ? abbreviate(ballot.question)
                    : TextRules.plainText("title", TITLE, opening.title(), 200, true);
        }
        ballot.instructions = TextRules.freeText("instructions", Text.of("voting.field_instructions"),
                opening.instructions(), 5_000, false);
        ballot.rule = rules.write(rule);
        ballot.secret = opening.secret();
        ballot.opensAt = opensAt;
        ballot.closesAt = opening.closesAt();
        ballot.status = BallotEntity.Status.SCHEDULED;
        ballot.createdBy = moderator;
        ballot.createdAt = now;
        ballots.persist(ballot);
        ballots.flush();
        if (ballot.secret) {
            keys.create(ballot.id);
        }
        if (!opensAt.isAfter(now)) {
            begin(ballot, moderator);
        }
        return ballot.id;
    }

    /** Snapshots the eligible voters and announces the ballot; in the transaction that opens it. */
    @Transactional(Transactional.TxType.MANDATORY)
    void begin(BallotEntity ballot, String by) {
        ballots.flush();
        int eligible = rows.snapshotEligible(ballot.id);
        ballot.status = BallotEntity.Status.OPEN;
        ballot.openedAt = Instant.now();
        outbox.append(VotingModule.NAME, new BallotOpened(ballot.id.toString(), titles.of(ballot).toString(),
                ballot.draftVersionId == null ? null : ballot.draftVersionId.toString(), ballot.question,
                rules.read(ballot.rule).describe().toString(), ballot.secret, ballot.closesAt, eligible, by,
                ballot.openedAt,
                ballot.contentHash));
    }

    @Transactional
    public void close(UUID ballotId, String reasonText, String moderator) {
        String reason = TextRules.freeText("reason", REASON, reasonText, 1_000, true);
        BallotEntity ballot = existing(ballotId);
        if (ballot.status != BallotEntity.Status.OPEN) {
            throw RuleViolation.conflict("status",
                    Text.of("voting.close_not_open", StatusNames.of(ballot.status.name())));
        }
        finish(ballot, moderator, reason);
    }

    @Transactional
    public void cancel(UUID ballotId, String reasonText, String moderator) {
        String reason = TextRules.freeText("reason", REASON, reasonText, 1_000, true);
        BallotEntity ballot = existing(ballotId);
        if (ballot.status == BallotEntity.Status.CLOSED || ballot.status == BallotEntity.Status.CANCELLED) {
            throw RuleViolation.conflict("status",
                    Text.of("voting.already_ended", StatusNames.of(ballot.status.name())));
        }
        ballot.status = BallotEntity.Status.CANCELLED;
        ballot.closedAt = Instant.now();
        ballot.closedBy = moderator;
        ballot.closeReason = reason;
        if (ballot.secret) {
            rows.emptyBox(ballot.id, List.of());
        }
        outbox.append(VotingModule.NAME, new BallotCancelled(ballot.id.toString(), reason, moderator,
                ballot.closedAt));
    }

    /** Closes a ballot whose closing time has come; in the clock's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void finishOnTime(BallotEntity ballot) {
        finish(ballot, null, null);
    }

    /**
     * Records the result and publishes BallotClosed; in the transaction that closes the ballot. A secret ballot is
     * counted from its box, publishes only what {@link Disclosure} allows, and keeps its papers tied to no one. The
     * result's summary and explanations are not stored: they are worded when shown, from the tallies and outcomes
     * recorded here. A null {@code moderator} means the ballot's clock closed it.
     */
    private void finish(BallotEntity ballot, String moderator, String reason) {
        List<BallotRows.Eligible> eligible = rows.eligible(ballot.id);
        Disclosure.Result result;
        if (ballot.secret) {
            BallotBox box = keys.boxOf(ballot.id);
            BallotStandings.SecretCount count = standings.countSecret(ballot, box, eligible, config.secretMinCell());
            result = count.result();
            rows.emptyBox(ballot.id, shuffled(count.papers()));
        } else {
            result = Disclosure.rollCall(standings.of(ballot, eligible, rows.votes(ballot.id)));
        }
        ballot.status = BallotEntity.Status.CLOSED;
        ballot.closedAt = Instant.now();
        boolean onTime = moderator == null;
        ballot.closedBy = moderator;
        ballot.closeReason = reason;
        ballot.passed = result.passes();
        List<Disclosure.ScopeTally> all = result.scopes();
        rows.recordResult(ballot.id, all.stream().map(BallotAdministration::row).toList(), result.checks().stream()
                .map(check -> new BallotRows.CheckRow(check.scope(), check.holds())).toList());
        // The event keeps the English it has always carried, groups named by code.
        outbox.append(VotingModule.NAME, new BallotClosed(ballot.id.toString(),
                ballot.draftVersionId == null ? null : ballot.draftVersionId.toString(), result.passes(),
                ballot.closedAt, rules.read(ballot.rule).describe().toString(),
                result.summary().text(GroupNames.CODES).toString(), event(all.getFirst()),
                result.sides().stream().map(BallotAdministration::event).toList(),
                result.groups().stream().map(BallotAdministration::event).toList(),
                onTime ? BallotClock.BY : moderator, onTime ? BallotClock.REASON : reason, ballot.secret,
                ballot.contentHash, ballot.openedAt, result.checks().stream()
                        .map(check -> new BallotClosed.CheckOutcome(check.scope(), check.holds())).toList()));
    }

    /**
     * The papers in an order that says nothing about when or by whom they were cast. A reason stays only with a
     * disapproval or an approval with comments, where it was asked for.
     */
    private static List<BallotRows.AnonymousPaper> shuffled(List<BallotBox.Paper> opened) {
        List<BallotRows.AnonymousPaper> papers = new ArrayList<>();
        for (BallotBox.Paper paper : opened) {
            boolean commented = paper.position() == Position.DISAPPROVE
                    || paper.position() == Position.APPROVE_WITH_COMMENTS;
            papers.add(new BallotRows.AnonymousPaper(paper.position().name(), commented ? paper.reason() : null));
        }
        Collections.shuffle(papers, SHUFFLE);
        return papers;
    }

    /** Locked for the rest of the transaction: votes being cast finish first, later ones find the ballot closed. */
    private BallotEntity existing(UUID ballotId) {
        return ballots.findByIdOptional(ballotId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> RuleViolation.notFound(Text.of("voting.no_ballot", ballotId.toString())));
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }

    private static BallotRows.TallyRow row(Disclosure.ScopeTally scope) {
        Tally tally = scope.tally();
        return scope.withheld()
                ? new BallotRows.TallyRow(scope.scope(), scope.eligible(), scope.voted(), true, null, null, null,
                        null)
                : new BallotRows.TallyRow(scope.scope(), scope.eligible(), scope.voted(), false, tally.approve(),
                        tally.approveWithComments(), tally.disapprove(), tally.abstain());
    }

    private static BallotClosed.Tally event(Disclosure.ScopeTally scope) {
        BallotRows.TallyRow row = row(scope);
        return new BallotClosed.Tally(row.scope(), row.eligible(), row.approve(), row.approveWithComments(),
                row.disapprove(), row.abstain(), row.voted(), row.withheld());
    }
}
