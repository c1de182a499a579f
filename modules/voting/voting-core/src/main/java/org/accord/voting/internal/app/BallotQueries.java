package org.accord.voting.internal.app;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.platform.errors.RuleViolation;
import org.accord.voting.internal.domain.Standing;
import org.accord.voting.internal.persistence.BallotEntity;
import org.accord.voting.internal.persistence.BallotRows;
import org.accord.voting.internal.persistence.DraftVersionEntity;
import org.accord.voting.internal.persistence.VotingRepositories;

/** Read side of voting. Positions of a secret ballot never leave this class: only who voted does. */
@ApplicationScoped
@Transactional
public class BallotQueries {

    public record BallotSummary(UUID id, String title, String status, Instant opensAt, Instant closesAt,
            boolean secret, Boolean passed) {
    }

    /** {@code position} and {@code reason} are null on a secret ballot. */
    public record VoteView(UUID memberId, String name, String position, String reason, Instant castAt) {
    }

    public record BallotView(UUID id, String title, String status, UUID draftVersionId, String question,
            String instructions, String rule, boolean secret, Instant opensAt, Instant closesAt, String createdBy,
            Instant closedAt, String closedBy, String closeReason, Boolean passed, String summary,
            Standing standing, List<BallotRows.TallyRow> result, int eligible, List<VoteView> votes,
            String myPosition, boolean mayVote) {
    }

    public record VersionChoice(UUID id, String label) {
    }

    private final VotingRepositories.Ballots ballots;
    private final VotingRepositories.Voters voters;
    private final VotingRepositories.DraftVersions versions;
    private final BallotRows rows;
    private final BallotStandings standings;
    private final Rules rules;

    BallotQueries(VotingRepositories.Ballots ballots, VotingRepositories.Voters voters,
            VotingRepositories.DraftVersions versions, BallotRows rows, BallotStandings standings, Rules rules) {
        this.ballots = ballots;
        this.voters = voters;
        this.versions = versions;
        this.rows = rows;
        this.standings = standings;
        this.rules = rules;
    }

    public List<BallotSummary> list() {
        return ballots.recentFirst().stream().map(BallotQueries::summary).toList();
    }

    public List<BallotSummary> awaitingMyVote(String username) {
        return voters.byUsername(username).map(voter -> rows.awaitingVoteOf(voter.memberId))
                .filter(ids -> !ids.isEmpty())
                .map(ids -> ballots.list("id in ?1", io.quarkus.panache.common.Sort.by("closesAt"), ids).stream()
                        .map(BallotQueries::summary).toList())
                .orElse(List.of());
    }

    public BallotView ballot(UUID ballotId, String username) {
        BallotEntity ballot = ballots.findByIdOptional(ballotId)
                .orElseThrow(() -> RuleViolation.notFound("There is no ballot " + ballotId + "."));
        Optional<UUID> me = voters.byUsername(username).map(voter -> voter.memberId);
        List<BallotRows.Eligible> eligible = rows.eligible(ballotId);
        List<BallotRows.CountedVote> counted = rows.votes(ballotId);
        List<VoteView> votes = counted.stream().map(vote -> new VoteView(vote.memberId(), vote.fullName(),
                ballot.secret ? null : vote.position(), ballot.secret ? null : vote.reason(), vote.castAt())).toList();
        // A voter always sees their own position, even on a secret ballot.
        String mine = me.flatMap(id -> counted.stream().filter(v -> v.memberId().equals(id)).findFirst())
                .map(BallotRows.CountedVote::position).orElse(null);
        boolean open = ballot.status == BallotEntity.Status.OPEN;
        boolean mayVote = open && me.map(id -> eligible.stream().anyMatch(e -> e.memberId().equals(id))).orElse(false);
        return new BallotView(ballot.id, ballot.title, ballot.status.name(), ballot.draftVersionId, ballot.question,
                ballot.instructions, rules.read(ballot.rule).describe(), ballot.secret, ballot.opensAt,
                ballot.closesAt, ballot.createdBy, ballot.closedAt, ballot.closedBy, ballot.closeReason,
                ballot.passed, ballot.summary, open ? standings.of(ballot, eligible, counted) : null,
                ballot.status == BallotEntity.Status.CLOSED ? rows.tallies(ballotId) : List.of(), eligible.size(),
                votes, mine, mayVote);
    }

    public List<VersionChoice> draftVersions() {
        return versions.recentFirst().stream().map(BallotQueries::choice).toList();
    }

    private static VersionChoice choice(DraftVersionEntity version) {
        return new VersionChoice(version.id, version.reference + " " + version.label + " – " + version.title);
    }

    private static BallotSummary summary(BallotEntity ballot) {
        return new BallotSummary(ballot.id, ballot.title, ballot.status.name(), ballot.opensAt, ballot.closesAt,
                ballot.secret, ballot.passed);
    }
}
