package org.accord.transparency.internal.policy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accord.voting.api.events.BallotCancelled;
import org.accord.voting.api.events.BallotClosed;
import org.accord.voting.api.events.BallotOpened;
import org.accord.voting.api.events.VoteRecorded;

import static org.accord.transparency.internal.policy.Decision.notPublished;
import static org.accord.transparency.internal.policy.Decision.publish;

/**
 * Ballots: what was asked, under which rule, and the result with the tallies exactly as voting published them. A tally
 * voting withheld stays without counts of positions here, whatever the event holds; no one's vote is ever published.
 */
final class VotingDecisions {

    private VotingDecisions() {
    }

    static List<Decision> all() {
        return List.of(
                publish(BallotOpened.class, "ballot.opened", (opened, directory) -> {
                    Optional<Directory.Version> version = version(opened.draftVersionId(), directory);
                    return Decision.Draft.of(opened.at(), version.map(Directory.Version::standardId).orElse(null),
                            Facts.of().with("ballotId", opened.ballotId()).with("title", opened.title())
                                    .with("question", opened.question()).with("versionId", opened.draftVersionId())
                                    .with("versionLabel", version.map(Directory.Version::label).orElse(null))
                                    .with("contentHash", opened.contentHash()).with("rule", opened.rule())
                                    .with("secret", opened.secret()).with("closesAt", opened.closesAt())
                                    .with("eligibleVoters", opened.eligibleVoters())
                                    .withActor(opened.by(), directory));
                }),
                publish(BallotClosed.class, "ballot.closed", (closed, directory) -> Decision.Draft.of(
                        closed.closedAt(),
                        version(closed.draftVersionId(), directory).map(Directory.Version::standardId).orElse(null),
                        Facts.of().with("ballotId", closed.ballotId()).with("versionId", closed.draftVersionId())
                                .with("contentHash", closed.contentHash()).with("rule", closed.rule())
                                .with("secret", closed.secret()).with("openedAt", closed.openedAt())
                                .with("passed", closed.passed()).with("summary", closed.summary())
                                .with("overall", tally(closed.overall()))
                                .with("sides", closed.sides().stream().map(VotingDecisions::tally).toList())
                                .with("groups", closed.groups().stream().map(VotingDecisions::tally).toList())
                                .with("checks", closed.checks().stream().map(VotingDecisions::check).toList())
                                .withActor(closed.closedBy(), directory))),
                publish(BallotCancelled.class, "ballot.cancelled", (cancelled, directory) -> {
                    Optional<Directory.Ballot> ballot = directory.ballot(cancelled.ballotId());
                    return Decision.Draft.of(cancelled.at(), ballot.map(Directory.Ballot::standardId).orElse(null),
                            Facts.of().with("ballotId", cancelled.ballotId())
                                    .with("title", ballot.map(Directory.Ballot::title).orElse(null))
                                    .withActor(cancelled.by(), directory));
                }),
                notPublished(VoteRecorded.class, "a vote is a member's own: no position is ever published, on any"
                        + " ballot, and turnout is in the closing tallies"));
    }

    private static Optional<Directory.Version> version(String versionId, Directory directory) {
        return versionId == null ? Optional.empty() : directory.version(versionId);
    }

    /** A withheld tally keeps its scope, eligible voters and turnout, which are public, and no count of positions. */
    static Map<String, Object> tally(BallotClosed.Tally tally) {
        Facts facts = Facts.of().with("scope", tally.scope()).with("eligible", tally.eligible())
                .with("voted", tally.voted()).with("withheld", tally.withheld());
        if (!tally.withheld()) {
            facts.with("approve", tally.approve()).with("approveWithComments", tally.approveWithComments())
                    .with("disapprove", tally.disapprove()).with("abstain", tally.abstain());
        }
        return facts.toMap();
    }

    private static Map<String, Object> check(BallotClosed.CheckOutcome check) {
        return Facts.of().with("scope", check.scope()).with("holds", check.holds()).toMap();
    }
}
