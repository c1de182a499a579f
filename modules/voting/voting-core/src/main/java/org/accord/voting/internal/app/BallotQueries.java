package org.accord.voting.internal.app;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.web.PageRequest;
import org.accord.platform.web.Slice;
import org.accord.voting.internal.domain.BallotBox;
import org.accord.voting.internal.domain.Position;
import org.accord.voting.internal.domain.Standing;
import org.accord.voting.internal.domain.Turnout;
import org.accord.voting.internal.persistence.BallotEntity;
import org.accord.voting.internal.persistence.BallotRows;
import org.accord.voting.internal.persistence.DraftVersionEntity;
import org.accord.voting.internal.persistence.VotingRepositories;

/**
 * Read side of voting. A secret ballot shows who voted (in name order, without times) and the turnout, never a count by
 * position while it is open; only its voter sees their own position. Once it is closed it shows what was published.
 */
@ApplicationScoped
@Transactional
public class BallotQueries {

    public record BallotSummary(UUID id, String title, String status, Instant opensAt, Instant closesAt,
            boolean secret, Boolean passed) {
    }

    /** {@code position}, {@code reason} and {@code castAt} are null on a secret ballot. */
    public record VoteView(UUID memberId, String name, String position, String reason, Instant castAt) {
    }

    /**
     * {@code standing} only while a roll-call ballot is open; {@code result} and {@code checks} once closed;
     * {@code reasons} are a closed secret ballot's reasons for disapproving and comments with approvals, tied to no
     * one. {@code myPosition} is the viewer's own vote while the ballot is open; {@code voted} says whether they voted
     * at all.
     */
    public record BallotView(UUID id, String title, String status, UUID draftVersionId, UUID standardId,
            String versionLabel,
            String contentHash, String question, String instructions, String rule, boolean secret, Instant opensAt,
            Instant closesAt, String createdBy, Instant closedAt, String closedBy, String closeReason,
            Boolean passed, String summary, Standing standing, Turnout turnout, List<BallotRows.TallyRow> result,
            List<BallotRows.CheckRow> checks, List<BallotRows.AnonymousPaper> reasons, int eligible,
            List<VoteView> votes,
            String myPosition, boolean voted, boolean mayVote) {
    }

    public record VersionChoice(UUID id, String label) {
    }

    private final VotingRepositories.Ballots ballots;
    private final VotingRepositories.Voters voters;
    private final VotingRepositories.DraftVersions versions;
    private final BallotRows rows;
    private final BallotStandings standings;
    private final BallotKeys keys;
    private final Rules rules;

    BallotQueries(VotingRepositories.Ballots ballots, VotingRepositories.Voters voters,
            VotingRepositories.DraftVersions versions, BallotRows rows, BallotStandings standings, BallotKeys keys,
            Rules rules) {
        this.ballots = ballots;
        this.voters = voters;
        this.versions = versions;
        this.rows = rows;
        this.standings = standings;
        this.keys = keys;
        this.rules = rules;
    }

    public List<BallotSummary> list() {
        return ballots.recentFirst().stream().map(BallotQueries::summary).toList();
    }

    public Slice<BallotSummary> list(PageRequest page) {
        return Slice.of(ballots.recentFirst(page), page, VotingRepositories.Ballots::keyOf)
                .map(BallotQueries::summary);
    }

    public List<BallotSummary> awaitingMyVote(String username) {
        return voters.byUsername(username).map(voter -> ballots.closingFirst(rows.awaitingVoteOf(voter.memberId)))
                .orElse(List.of()).stream().map(BallotQueries::summary).toList();
    }

    public Slice<BallotSummary> awaitingMyVote(String username, PageRequest page) {
        List<BallotEntity> awaiting = voters.byUsername(username)
                .map(voter -> ballots.closingFirst(rows.awaitingVoteOf(voter.memberId, page))).orElse(List.of());
        return Slice.of(awaiting, page, VotingRepositories.Ballots::closingKeyOf).map(BallotQueries::summary);
    }

    public BallotView ballot(UUID ballotId, String username) {
        BallotEntity ballot = ballots.findByIdOptional(ballotId)
                .orElseThrow(() -> RuleViolation.notFound("There is no ballot " + ballotId + "."));
        Optional<UUID> me = voters.byUsername(username).map(voter -> voter.memberId);
        List<BallotRows.Eligible> eligible = rows.eligible(ballotId);
        List<BallotRows.CountedVote> counted = rows.votes(ballotId);
        boolean open = ballot.status == BallotEntity.Status.OPEN;
        boolean closed = ballot.status == BallotEntity.Status.CLOSED;
        List<VoteView> votes = counted.stream().map(vote -> ballot.secret
                ? new VoteView(vote.memberId(), vote.fullName(), null, null, null)
                : new VoteView(vote.memberId(), vote.fullName(), vote.position(), vote.reason(), vote.castAt()))
                .toList();
        boolean voted = me.map(id -> counted.stream().anyMatch(v -> v.memberId().equals(id))).orElse(false);
        String mine = open && voted ? myPosition(ballot, counted, me.get()) : null;
        boolean mayVote = open && me.map(id -> eligible.stream().anyMatch(e -> e.memberId().equals(id))).orElse(false);
        Set<String> votedIds = new HashSet<>();
        counted.forEach(vote -> votedIds.add(vote.memberId().toString()));
        Turnout turnout = Turnout.of(BallotStandings.voters(eligible), votedIds);
        Optional<DraftVersionEntity> version = Optional.ofNullable(ballot.draftVersionId)
                .flatMap(versions::findByIdOptional);
        return new BallotView(ballot.id, ballot.title, ballot.status.name(), ballot.draftVersionId,
                version.map(v -> v.standardId).orElse(null), version.map(v -> v.reference + " " + v.label).orElse(null),
                ballot.contentHash, ballot.question,
                ballot.instructions, rules.read(ballot.rule).describe(), ballot.secret, ballot.opensAt,
                ballot.closesAt, ballot.createdBy, ballot.closedAt, ballot.closedBy, ballot.closeReason,
                ballot.passed, ballot.summary, open && !ballot.secret ? standings.of(ballot, eligible, counted) : null,
                turnout, closed ? rows.tallies(ballotId) : List.of(), closed ? rows.checks(ballotId) : List.of(),
                closed && ballot.secret ? rows.anonymousReasons(ballotId) : List.of(), eligible.size(), votes, mine,
                voted, mayVote);
    }

    public List<VersionChoice> draftVersions() {
        return versions.recentFirst().stream().map(BallotQueries::choice).toList();
    }

    private String myPosition(BallotEntity ballot, List<BallotRows.CountedVote> counted, UUID me) {
        if (!ballot.secret) {
            return counted.stream().filter(v -> v.memberId().equals(me)).findFirst()
                    .map(BallotRows.CountedVote::position).orElse(null);
        }
        Position position = myPosition(ballot.id, me);
        return position == null ? null : position.name();
    }

    /** What the member put in the box of an open secret ballot, for their own eyes only. */
    public Position myPosition(UUID ballotId, UUID memberId) {
        BallotBox box = keys.boxOf(ballotId);
        byte[] tag = box.tagOf(memberId);
        return rows.sealedPaper(ballotId, tag).map(sealed -> box.open(tag, sealed).position()).orElse(null);
    }

    private static VersionChoice choice(DraftVersionEntity version) {
        return new VersionChoice(version.id, version.reference + " " + version.label + " – " + version.title);
    }

    private static BallotSummary summary(BallotEntity ballot) {
        return new BallotSummary(ballot.id, ballot.title, ballot.status.name(), ballot.opensAt, ballot.closesAt,
                ballot.secret, ballot.passed);
    }
}
