package org.accord.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.drafting.internal.app.Actor;
import org.accord.drafting.internal.app.DraftingViews;
import org.accord.drafting.internal.app.StageChanging;
import org.accord.drafting.internal.app.StandardQueries;
import org.accord.drafting.internal.app.VersionPublishing;
import org.accord.membership.internal.app.MemberFilter;
import org.accord.membership.internal.app.MemberQueries;
import org.accord.membership.internal.app.MemberView;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.security.Roles;
import org.accord.voting.internal.app.BallotAdministration;
import org.accord.voting.internal.app.BallotQueries;
import org.accord.voting.internal.app.RuleSpec;
import org.accord.voting.internal.app.Voting;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Seeds the demo's consensus draft: TAWG 1 goes to committee draft with a CD 1, the moderator opens a roll-call ballot
 * on it under the transatlantic double majority, members of both sides vote, the moderator closes it early, and the
 * passed ballot carries TAWG 1 to consensus draft. Voting and drafting learn of each other from events, so each tick
 * takes the next missing step, found from the modules' own state; after a restart the seeding carries on where it
 * stopped.
 */
@ApplicationScoped
class DemoConsensus {

    private static final Logger LOG = Logger.getLogger(DemoConsensus.class);
    private static final String REFERENCE = "TAWG 1";
    private static final String MODERATOR = "mo";
    private static final Actor EDITOR = new Actor("eli", Set.of(Roles.MEMBER, Roles.EDITOR));
    private static final Actor MODERATING = new Actor(MODERATOR, Set.of(Roles.MEMBER, Roles.MODERATOR));

    record DemoVote(String email, String position, String reason) {
    }

    /** Enough approvals on each side to pass, with the dissent and abstentions a real ballot has. */
    static final List<DemoVote> VOTES = List.of(
            approve("ada@accord.example"),
            approve("eli@accord.example"),
            new DemoVote("uma@accord.example", "APPROVE_WITH_COMMENTS",
                    "Clause 4 could name the documented weight formats."),
            approve("ula@accord.example"),
            new DemoVote("ucs@accord.example", "DISAPPROVE",
                    "A description of the training data is not enough; the data itself should be available."),
            approve("jordan.lee@accord.example"),
            approve("priya.raman@accord.example"),
            new DemoVote("marcus.hill@accord.example", "ABSTAIN", null),
            approve("mo@accord.example"),
            approve("liv@accord.example"),
            approve("emi@accord.example"),
            new DemoVote("eva@accord.example", "APPROVE_WITH_COMMENTS",
                    "Editorial: \"shall\" and \"must\" are used side by side."),
            approve("pierre.martin@accord.example"),
            new DemoVote("agnieszka.nowak@accord.example", "DISAPPROVE",
                    "Open weights without open data keep the model closed to scrutiny."),
            new DemoVote("hannah.schmidt@accord.example", "ABSTAIN", null));

    private final boolean enabled;
    private final StandardQueries standards;
    private final StageChanging stages;
    private final VersionPublishing versions;
    private final BallotAdministration ballots;
    private final BallotQueries ballotQueries;
    private final Voting voting;
    private final MemberQueries members;
    private volatile boolean done;

    DemoConsensus(@ConfigProperty(name = "accord.demo.enabled") boolean enabled, StandardQueries standards,
            StageChanging stages, VersionPublishing versions, BallotAdministration ballots,
            BallotQueries ballotQueries, Voting voting, MemberQueries members) {
        this.enabled = enabled;
        this.standards = standards;
        this.stages = stages;
        this.versions = versions;
        this.ballots = ballots;
        this.ballotQueries = ballotQueries;
        this.voting = voting;
        this.members = members;
    }

    @Scheduled(every = "5s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void seed() {
        if (!enabled || done) {
            return;
        }
        Optional<DraftingViews.StandardSummary> standard = standards.list().stream()
                .filter(summary -> summary.reference().equals(REFERENCE)).findFirst();
        if (standard.isEmpty()) {
            return;
        }
        try {
            done = switch (standard.get().stage()) {
                case WORKING_DRAFT -> toCommitteeDraft(standard.get().id());
                case COMMITTEE_DRAFT -> towardsConsensus(standard.get().id());
                default -> true;
            };
        } catch (RuleViolation notYet) {
            LOG.debugf("Demo consensus draft not seeded yet: %s", notYet.getMessage());
        }
    }

    /** The stage and the CD 1 together, so that a restart never finds a committee draft without its version. */
    private boolean toCommitteeDraft(UUID standardId) {
        QuarkusTransaction.requiringNew().run(() -> {
            stages.change(EDITOR, standardId, "COMMITTEE_DRAFT", "Ready for the committee's ballot", null);
            versions.publish(EDITOR, standardId);
        });
        return false;
    }

    /** @return whether the consensus draft was reached */
    private boolean towardsConsensus(UUID standardId) {
        DraftingViews.StandardView standard = standards.standard(standardId, MODERATING);
        if (!standard.carryingBallots().isEmpty()) {
            String ballot = standard.carryingBallots().getFirst();
            stages.change(MODERATING, standardId, "CONSENSUS_DRAFT",
                    "The committee approved CD 1 under the transatlantic double majority", ballot);
            LOG.infof("Demo data: %s moved to consensus draft, carried by ballot %s", REFERENCE, ballot);
            return true;
        }
        UUID latest = standard.versions().getFirst().id();
        Optional<BallotQueries.BallotView> ballot = ballotOn(latest);
        if (ballot.isEmpty()) {
            openAndVote(latest);
        } else if (ballot.get().status().equals("OPEN")) {
            ballots.close(ballot.get().id(), "Every member who meant to vote has voted", MODERATOR);
        }
        // A closed ballot waits here until drafting has heard of its result.
        return false;
    }

    private Optional<BallotQueries.BallotView> ballotOn(UUID versionId) {
        return ballotQueries.list().stream().filter(summary -> !summary.status().equals("CANCELLED"))
                .map(summary -> ballotQueries.ballot(summary.id(), MODERATOR))
                .filter(ballot -> versionId.equals(ballot.draftVersionId())).findFirst();
    }

    /**
     * Opens the ballot and casts the votes in one transaction: until voting has heard of the version and of every
     * voter, nothing is left behind and the next tick tries again.
     */
    private void openAndVote(UUID versionId) {
        Map<String, String> usernames = members.search(MemberFilter.ANY).stream()
                .collect(Collectors.toMap(MemberView::email, MemberView::username));
        QuarkusTransaction.requiringNew().run(() -> {
            UUID ballot = ballots.open(new BallotAdministration.Opening(null, versionId, null,
                    new RuleSpec("TRANSATLANTIC_DOUBLE_MAJORITY", null, null, null, null, null, null), null,
                    Instant.now().plus(Duration.ofDays(14)), false,
                    "Vote on CD 1 as a whole; say what would change a disapproval."), MODERATOR);
            for (DemoVote vote : VOTES) {
                if (usernames.containsKey(vote.email())) {
                    voting.cast(ballot, usernames.get(vote.email()), vote.position(), vote.reason());
                }
            }
        });
    }

    private static DemoVote approve(String email) {
        return new DemoVote(email, "APPROVE", null);
    }
}
