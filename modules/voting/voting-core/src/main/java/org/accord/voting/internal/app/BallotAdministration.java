package org.accord.voting.internal.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.errors.TextRules;
import org.accord.platform.outbox.Outbox;
import org.accord.voting.api.VotingModule;
import org.accord.voting.api.events.BallotCancelled;
import org.accord.voting.api.events.BallotClosed;
import org.accord.voting.api.events.BallotOpened;
import org.accord.voting.internal.domain.Rule;
import org.accord.voting.internal.domain.Standing;
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

    private final VotingRepositories.Ballots ballots;
    private final VotingRepositories.DraftVersions versions;
    private final BallotRows rows;
    private final BallotStandings standings;
    private final Rules rules;
    private final Outbox outbox;

    BallotAdministration(VotingRepositories.Ballots ballots, VotingRepositories.DraftVersions versions,
            BallotRows rows, BallotStandings standings, Rules rules, Outbox outbox) {
        this.ballots = ballots;
        this.versions = versions;
        this.rows = rows;
        this.standings = standings;
        this.rules = rules;
        this.outbox = outbox;
    }

    @Transactional
    public UUID open(Opening opening, String moderator) {
        Rule rule = opening.rule() == null ? Rule.simpleMajority() : opening.rule().toRule();
        Instant now = Instant.now();
        Instant opensAt = opening.opensAt() == null || opening.opensAt().isBefore(now) ? now : opening.opensAt();
        if (opening.closesAt() == null || !opening.closesAt().isAfter(opensAt.plus(Duration.ofMinutes(1)))) {
            throw RuleViolation.invalid("closesAt", "A ballot closes at least a minute after it opens.");
        }
        BallotEntity ballot = new BallotEntity();
        ballot.id = UUID.randomUUID();
        if (opening.draftVersionId() != null) {
            DraftVersionEntity version = versions.findByIdOptional(opening.draftVersionId())
                    .orElseThrow(() -> RuleViolation.invalid("draftVersionId", "There is no published draft version "
                            + opening.draftVersionId() + " (a version can take a moment to reach voting)."));
            ballot.draftVersionId = version.id;
            ballot.title = opening.title() == null || opening.title().isBlank()
                    ? "Approval of " + version.reference + " " + version.label
                    : TextRules.plainText("title", "Title", opening.title(), 200, true);
        } else {
            ballot.question = TextRules.freeText("question", "The question", opening.question(), 2_000, true);
            ballot.title = opening.title() == null || opening.title().isBlank()
                    ? abbreviate(ballot.question)
                    : TextRules.plainText("title", "Title", opening.title(), 200, true);
        }
        ballot.instructions = TextRules.freeText("instructions", "Instructions", opening.instructions(), 5_000,
                false);
        ballot.rule = rules.write(rule);
        ballot.secret = opening.secret();
        ballot.opensAt = opensAt;
        ballot.closesAt = opening.closesAt();
        ballot.status = BallotEntity.Status.SCHEDULED;
        ballot.createdBy = moderator;
        ballot.createdAt = now;
        ballots.persist(ballot);
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
        outbox.append(VotingModule.NAME, new BallotOpened(ballot.id.toString(), ballot.title,
                ballot.draftVersionId == null ? null : ballot.draftVersionId.toString(), ballot.question,
                rules.read(ballot.rule).describe(), ballot.secret, ballot.closesAt, eligible, by, Instant.now()));
    }

    @Transactional
    public void close(UUID ballotId, String reasonText, String moderator) {
        String reason = TextRules.freeText("reason", "Reason", reasonText, 1_000, true);
        BallotEntity ballot = existing(ballotId);
        if (ballot.status != BallotEntity.Status.OPEN) {
            throw RuleViolation.conflict("status", "Only an open ballot can be closed; this one is "
                    + ballot.status.name().toLowerCase() + ".");
        }
        finish(ballot, moderator, reason);
    }

    @Transactional
    public void cancel(UUID ballotId, String reasonText, String moderator) {
        String reason = TextRules.freeText("reason", "Reason", reasonText, 1_000, true);
        BallotEntity ballot = existing(ballotId);
        if (ballot.status == BallotEntity.Status.CLOSED || ballot.status == BallotEntity.Status.CANCELLED) {
            throw RuleViolation.conflict("status", "The ballot is already " + ballot.status.name().toLowerCase()
                    + ".");
        }
        ballot.status = BallotEntity.Status.CANCELLED;
        ballot.closedAt = Instant.now();
        ballot.closedBy = moderator;
        ballot.closeReason = reason;
        outbox.append(VotingModule.NAME, new BallotCancelled(ballot.id.toString(), reason, moderator,
                ballot.closedAt));
    }

    /** Records the result and its tallies and publishes BallotClosed; in the transaction that closes the ballot. */
    @Transactional(Transactional.TxType.MANDATORY)
    void finish(BallotEntity ballot, String by, String reason) {
        Standing standing = standings.of(ballot);
        ballot.status = BallotEntity.Status.CLOSED;
        ballot.closedAt = Instant.now();
        ballot.closedBy = by;
        ballot.closeReason = reason;
        ballot.passed = standing.passes();
        ballot.summary = standing.summary();
        List<Tally> all = new ArrayList<>();
        all.add(standing.overall());
        all.addAll(standing.sides());
        all.addAll(standing.groups());
        rows.recordTallies(ballot.id, all.stream().map(t -> new BallotRows.TallyRow(t.scope(), t.eligible(),
                t.approve(), t.approveWithComments(), t.disapprove(), t.abstain())).toList());
        outbox.append(VotingModule.NAME, new BallotClosed(ballot.id.toString(),
                ballot.draftVersionId == null ? null : ballot.draftVersionId.toString(), standing.passes(),
                ballot.closedAt, standing.rule().describe(), standing.summary(), event(standing.overall()),
                standing.sides().stream().map(BallotAdministration::event).toList(),
                standing.groups().stream().map(BallotAdministration::event).toList(), by, reason));
    }

    /** Locked for the rest of the transaction: votes being cast finish first, later ones find the ballot closed. */
    private BallotEntity existing(UUID ballotId) {
        return ballots.findByIdOptional(ballotId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> RuleViolation.notFound("There is no ballot " + ballotId + "."));
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }

    private static BallotClosed.Tally event(Tally tally) {
        return new BallotClosed.Tally(tally.scope(), tally.eligible(), tally.approve(), tally.approveWithComments(),
                tally.disapprove(), tally.abstain());
    }
}
