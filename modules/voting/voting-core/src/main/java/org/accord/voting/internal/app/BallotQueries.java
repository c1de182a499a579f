package org.accord.voting.internal.app;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.platform.web.PageRequest;
import org.accord.platform.web.Slice;
import org.accord.voting.internal.domain.BallotBox;
import org.accord.voting.internal.domain.Disclosure;
import org.accord.voting.internal.domain.GroupNames;
import org.accord.voting.internal.domain.Position;
import org.accord.voting.internal.domain.Rule;
import org.accord.voting.internal.domain.Scopes;
import org.accord.voting.internal.domain.Standing;
import org.accord.voting.internal.domain.Tally;
import org.accord.voting.internal.domain.Turnout;
import org.accord.voting.internal.persistence.BallotEntity;
import org.accord.voting.internal.persistence.BallotRows;
import org.accord.voting.internal.persistence.DraftVersionEntity;
import org.accord.voting.internal.persistence.VotingRepositories;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Read side of voting. A secret ballot shows who voted (in name order, without times) and the turnout, never a count by
 * position while it is open; only its voter sees their own position. Once it is closed it shows what was published.
 * Titles, rules, summaries and explanations are texts: pages show them in the reader's language, the API in English.
 */
@ApplicationScoped
@Transactional
public class BallotQueries {

    public record BallotSummary(UUID id, @InEnglish @Schema(implementation = String.class) Text title, String status,
            Instant opensAt, Instant closesAt, boolean secret, Boolean passed) {
    }

    /** {@code position}, {@code reason} and {@code castAt} are null on a secret ballot. */
    public record VoteView(UUID memberId, String name, String position, String reason, Instant castAt) {
    }

    /**
     * Whether the rule holds in a scope, and why; {@code explanation} is null where a secret ballot withheld the
     * scope's tally, {@code approvalsStillNeeded} once the ballot is closed.
     */
    public record CheckView(String scope, boolean holds,
            @InEnglish @Schema(implementation = String.class) Text explanation, Integer approvalsStillNeeded) {
    }

    /** Where an open roll-call ballot stands. */
    public record StandingView(Rule rule, boolean passes, Tally overall, List<Tally> sides, List<Tally> groups,
            List<CheckView> checks, @InEnglish @Schema(implementation = String.class) Text summary) {
    }

    /**
     * {@code standing} only while a roll-call ballot is open; {@code summary}, {@code result} and {@code checks} once
     * closed; {@code reasons} are a closed secret ballot's reasons for disapproving and comments with approvals, tied
     * to no one. {@code myPosition} is the viewer's own vote while the ballot is open; {@code voted} says whether they
     * voted at all. {@code closedBy} and {@code closeReason} are the moderator's, and null when the ballot's clock
     * closed it ({@code closedByClock}). {@code scopeNames} name the ballot's scopes for its page.
     */
    public record BallotView(UUID id, @InEnglish @Schema(implementation = String.class) Text title, String status,
            UUID draftVersionId, UUID standardId, String versionLabel, String contentHash, String question,
            String instructions, @InEnglish @Schema(implementation = String.class) Text rule, boolean secret,
            Instant opensAt, Instant closesAt, String createdBy, Instant closedAt, String closedBy,
            boolean closedByClock, String closeReason, Boolean passed,
            @InEnglish @Schema(implementation = String.class) Text summary, StandingView standing, Turnout turnout,
            List<BallotRows.TallyRow> result, List<CheckView> checks, List<BallotRows.AnonymousPaper> reasons,
            int eligible, List<VoteView> votes, String myPosition, boolean voted, boolean mayVote,
            @JsonIgnore Map<String, Text> scopeNames) {
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
    private final BallotTitles titles;
    private final GroupNaming groups;

    BallotQueries(VotingRepositories.Ballots ballots, VotingRepositories.Voters voters,
            VotingRepositories.DraftVersions versions, BallotRows rows, BallotStandings standings, BallotKeys keys,
            Rules rules, BallotTitles titles, GroupNaming groups) {
        this.ballots = ballots;
        this.voters = voters;
        this.versions = versions;
        this.rows = rows;
        this.standings = standings;
        this.keys = keys;
        this.rules = rules;
        this.titles = titles;
        this.groups = groups;
    }

    public List<BallotSummary> list() {
        return summaries(ballots.recentFirst());
    }

    public Slice<BallotSummary> list(PageRequest page) {
        Slice<BallotEntity> slice = Slice.of(ballots.recentFirst(page), page, VotingRepositories.Ballots::keyOf);
        Map<UUID, Text> named = titles.of(slice.items());
        return slice.map(ballot -> summary(ballot, named));
    }

    public List<BallotSummary> awaitingMyVote(String username) {
        return summaries(voters.byUsername(username)
                .map(voter -> ballots.closingFirst(rows.awaitingVoteOf(voter.memberId))).orElse(List.of()));
    }

    public Slice<BallotSummary> awaitingMyVote(String username, PageRequest page) {
        List<BallotEntity> awaiting = voters.byUsername(username)
                .map(voter -> ballots.closingFirst(rows.awaitingVoteOf(voter.memberId, page))).orElse(List.of());
        Slice<BallotEntity> slice = Slice.of(awaiting, page, VotingRepositories.Ballots::closingKeyOf);
        Map<UUID, Text> named = titles.of(slice.items());
        return slice.map(ballot -> summary(ballot, named));
    }

    public BallotView ballot(UUID ballotId, String username) {
        BallotEntity ballot = ballots.findByIdOptional(ballotId)
                .orElseThrow(() -> RuleViolation.notFound(Text.of("voting.no_ballot", ballotId.toString())));
        Rule rule = rules.read(ballot.rule);
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
        List<BallotRows.TallyRow> tallies = closed ? rows.tallies(ballotId) : List.of();
        Disclosure.Result result = closed ? recorded(ballot, rule, tallies) : null;
        Map<String, Text> scopeNames = scopeNames(eligible, tallies);
        // Each group is looked up once for the page, however many sentences name it.
        GroupNames named = code -> scopeNames.computeIfAbsent(code, groups::name);
        return new BallotView(ballot.id, titles.of(ballot), ballot.status.name(), ballot.draftVersionId,
                version.map(v -> v.standardId).orElse(null), version.map(v -> v.reference + " " + v.label).orElse(null),
                ballot.contentHash, ballot.question, ballot.instructions, rule.describe(), ballot.secret,
                ballot.opensAt, ballot.closesAt, ballot.createdBy, ballot.closedAt, ballot.closedBy,
                closed && ballot.closedBy == null, ballot.closeReason, ballot.passed,
                result == null ? null : result.summary().text(named),
                open && !ballot.secret ? standing(standings.of(ballot, eligible, counted), named) : null, turnout,
                tallies, result == null
                        ? List.of()
                        : result.checks().stream().map(check -> checkView(check.scope(), check.holds(),
                                check.explanation(), null, named)).toList(),
                closed && ballot.secret ? rows.anonymousReasons(ballotId) : List.of(), eligible.size(), votes, mine,
                voted, mayVote, scopeNames);
    }

    public List<VersionChoice> draftVersions() {
        return versions.recentFirst().stream().map(BallotQueries::choice).toList();
    }

    /** What the member put in the box of an open secret ballot, for their own eyes only. */
    public Position myPosition(UUID ballotId, UUID memberId) {
        BallotBox box = keys.boxOf(ballotId);
        byte[] tag = box.tagOf(memberId);
        return rows.sealedPaper(ballotId, tag).map(sealed -> box.open(tag, sealed).position()).orElse(null);
    }

    private String myPosition(BallotEntity ballot, List<BallotRows.CountedVote> counted, UUID me) {
        if (!ballot.secret) {
            return counted.stream().filter(v -> v.memberId().equals(me)).findFirst()
                    .map(BallotRows.CountedVote::position).orElse(null);
        }
        Position position = myPosition(ballot.id, me);
        return position == null ? null : position.name();
    }

    /** A closed ballot's result as it was recorded, worded again from its tallies, rule and checks' outcomes. */
    private Disclosure.Result recorded(BallotEntity ballot, Rule rule, List<BallotRows.TallyRow> tallies) {
        return Disclosure.recorded(rule, ballot.secret, ballot.passed,
                tallies.stream().map(BallotQueries::scopeTally).toList(), rows.checks(ballot.id).stream()
                        .map(check -> new Disclosure.CheckOutcome(check.scope(), check.holds(), null)).toList());
    }

    private static StandingView standing(Standing standing, GroupNames named) {
        return new StandingView(standing.rule(), standing.passes(), standing.overall(), standing.sides(),
                standing.groups(), standing.checks().stream().map(check -> checkView(check.scope(), check.holds(),
                        check.explanation(), check.approvalsStillNeeded(), named)).toList(),
                standing.summary().text(named));
    }

    private static CheckView checkView(String scope, boolean holds, Text explanation, Integer approvalsStillNeeded,
            GroupNames named) {
        return new CheckView(scope, holds, explanation == null
                ? null
                : Text.of("voting.scope_explained", Scopes.name(scope, named), explanation), approvalsStillNeeded);
    }

    /** Every scope the page may show, overall first: the eligible voters' sides and groups, and what was recorded. */
    private Map<String, Text> scopeNames(List<BallotRows.Eligible> eligible, List<BallotRows.TallyRow> tallies) {
        Map<String, Text> names = new LinkedHashMap<>();
        names.put(Tally.OVERALL, Scopes.name(Tally.OVERALL, groups));
        eligible.forEach(voter -> {
            names.computeIfAbsent(voter.side(), side -> Scopes.name(side, groups));
            if (voter.groupCode() != null) {
                names.computeIfAbsent(voter.groupCode(), code -> Scopes.name(code, groups));
            }
        });
        tallies.forEach(tally -> names.computeIfAbsent(tally.scope(), scope -> Scopes.name(scope, groups)));
        return names;
    }

    private static Disclosure.ScopeTally scopeTally(BallotRows.TallyRow row) {
        return new Disclosure.ScopeTally(row.scope(), row.eligible(), row.voted(), row.withheld()
                ? null
                : new Tally(row.scope(), row.eligible(), row.approve(), row.approveWithComments(), row.disapprove(),
                        row.abstain()));
    }

    private static VersionChoice choice(DraftVersionEntity version) {
        return new VersionChoice(version.id, version.reference + " " + version.label + " – " + version.title);
    }

    private List<BallotSummary> summaries(List<BallotEntity> list) {
        Map<UUID, Text> named = titles.of(list);
        return list.stream().map(ballot -> summary(ballot, named)).toList();
    }

    private static BallotSummary summary(BallotEntity ballot, Map<UUID, Text> titles) {
        return new BallotSummary(ballot.id, titles.get(ballot.id), ballot.status.name(), ballot.opensAt,
                ballot.closesAt, ballot.secret, ballot.passed);
    }
}
