package org.accord.transparency.internal.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.accord.platform.events.IntegrationEvent;
import org.accord.voting.api.events.BallotClosed;
import org.accord.voting.api.events.BallotOpened;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An onlooker who knows who voted, and each voter's side and group (all public), reads every entry of a small secret
 * ballot and tries every way the voters could have voted: each way that fits every count the log published stays
 * possible. No voter's position may be the only one left.
 */
class SecretBallotAdversaryTest {

    enum Position {
        APPROVE("approve"), APPROVE_WITH_COMMENTS("approveWithComments"), DISAPPROVE("disapprove"), ABSTAIN("abstain");

        final String count;

        Position(String count) {
            this.count = count;
        }
    }

    record Voter(String name, String side, String group) {
    }

    private static final Instant AT = Instant.parse("2026-12-01T10:15:30Z");
    private static final String BALLOT = "4d000000-0000-4000-8000-000000000001";
    private static final String VERSION = "3c000000-0000-4000-8000-000000000001";

    /** Eli is the only voter on the EU side: the side's tally would be his vote. */
    private static final List<Voter> VOTERS = List.of(new Voter("Uma", "US", "INDUSTRY"),
            new Voter("Ula", "US", "INDUSTRY"), new Voter("Ucs", "US", "ACADEMIA"),
            new Voter("Eli", "EU", "ACADEMIA"));

    private final PublicationPolicy policy = new PublicationPolicy();
    private final Directory directory = new KnownDirectory().version(VERSION,
            "2b000000-0000-4000-8000-000000000001", "CD 1");

    @Test
    void aSecretBallotWithWithheldCells_leavesEveryVotersPositionOpen() {
        // Cells of fewer than 3 voters withheld, as voting withholds them: the US side too, since the overall tally
        // less the US side would be the EU side. Each withheld cell still holds its true counts here, as a careless
        // producer might send them (Uma and Ula approve, Ucs abstains, Eli disapproves).
        BallotClosed closed = closed(true, new BallotClosed.Tally("overall", 4, 2, 0, 1, 1, 4, false),
                List.of(new BallotClosed.Tally("US", 3, 2, 0, 0, 1, 3, true),
                        new BallotClosed.Tally("EU", 1, 0, 0, 1, 0, 1, true)),
                List.of(new BallotClosed.Tally("ACADEMIA", 2, 0, 0, 1, 1, 2, true),
                        new BallotClosed.Tally("INDUSTRY", 2, 2, 0, 0, 0, 2, true)));

        List<PublicEntry> entries = entriesOf(opened(true), closed);

        assertThat(possiblePositions(entries, "Eli")).contains(Position.APPROVE, Position.DISAPPROVE);
        for (Voter voter : VOTERS) {
            assertThat(possiblePositions(entries, voter.name())).as(voter.name()).hasSizeGreaterThan(1);
        }
    }

    @Test
    void aSecretBallotsEntry_carriesTheTalliesVotingPublished_andNothingMore() {
        BallotClosed closed = closed(true, new BallotClosed.Tally("overall", 4, 2, 0, 1, 1, 4, false),
                List.of(withheld("US", 3), withheld("EU", 1)),
                List.of(withheld("ACADEMIA", 2), withheld("INDUSTRY", 2)));

        Map<String, Object> facts = entriesOf(closed).getFirst().facts();

        assertThat(facts.get("overall")).isEqualTo(Map.of("scope", "overall", "eligible", 4, "voted", 4,
                "withheld", false, "approve", 2, "approveWithComments", 0, "disapprove", 1, "abstain", 1));
        assertThat(facts.get("sides")).isEqualTo(List.of(
                Map.of("scope", "US", "eligible", 3, "voted", 3, "withheld", true),
                Map.of("scope", "EU", "eligible", 1, "voted", 1, "withheld", true)));
        assertThat(facts.get("groups")).isEqualTo(List.of(
                Map.of("scope", "ACADEMIA", "eligible", 2, "voted", 2, "withheld", true),
                Map.of("scope", "INDUSTRY", "eligible", 2, "voted", 2, "withheld", true)));
        assertThat(facts).containsOnlyKeys("ballotId", "versionId", "contentHash", "rule", "secret", "openedAt",
                "passed", "summary", "overall", "sides", "groups", "checks", "by");
    }

    /**
     * The onlooker is not toothless: where a small cell is published, as a roll call publishes it, it finds Eli out.
     */
    @Test
    void aRollCallsPublishedCells_giveALoneVoterAway_asTheyMay() {
        BallotClosed closed = closed(false, new BallotClosed.Tally("overall", 4, 2, 0, 1, 1, 4, false),
                List.of(new BallotClosed.Tally("US", 3, 2, 0, 0, 1, 3, false),
                        new BallotClosed.Tally("EU", 1, 0, 0, 1, 0, 1, false)),
                List.of());

        assertThat(possiblePositions(entriesOf(opened(false), closed), "Eli")).containsExactly(Position.DISAPPROVE);
    }

    private List<PublicEntry> entriesOf(IntegrationEvent... events) {
        List<PublicEntry> entries = new ArrayList<>();
        for (IntegrationEvent event : events) {
            policy.entryOf(event, directory).ifPresent(entries::add);
        }
        return entries;
    }

    /** The positions {@code name} may have taken in some assignment that fits every published count. */
    private static Set<Position> possiblePositions(List<PublicEntry> entries, String name) {
        List<Map<?, ?>> tallies = new ArrayList<>();
        entries.forEach(entry -> collectTallies(entry.facts(), tallies));
        Set<Position> possible = EnumSet.noneOf(Position.class);
        Position[] positions = Position.values();
        int ways = (int) Math.pow(positions.length, VOTERS.size());
        for (int way = 0; way < ways; way++) {
            Position[] assignment = new Position[VOTERS.size()];
            for (int i = 0, rest = way; i < VOTERS.size(); i++, rest /= positions.length) {
                assignment[i] = positions[rest % positions.length];
            }
            if (tallies.stream().allMatch(tally -> fits(tally, assignment))) {
                possible.add(assignment[VOTERS.indexOf(VOTERS.stream()
                        .filter(voter -> voter.name().equals(name)).findFirst().orElseThrow())]);
            }
        }
        return possible;
    }

    /** Every published count of positions in the tally agrees with the assignment over the scope's voters. */
    private static boolean fits(Map<?, ?> tally, Position[] assignment) {
        Predicate<Voter> inScope = scopeOf((String) tally.get("scope"));
        for (Position position : Position.values()) {
            Object published = tally.get(position.count);
            if (published != null) {
                int counted = 0;
                for (int i = 0; i < VOTERS.size(); i++) {
                    if (inScope.test(VOTERS.get(i)) && assignment[i] == position) {
                        counted++;
                    }
                }
                if (((Number) published).intValue() != counted) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Predicate<Voter> scopeOf(String scope) {
        return voter -> scope.equals("overall") || scope.equals(voter.side()) || scope.equals(voter.group());
    }

    private static void collectTallies(Object value, List<Map<?, ?>> tallies) {
        if (value instanceof Map<?, ?> map) {
            if (map.containsKey("scope")) {
                tallies.add(map);
            }
            map.values().forEach(element -> collectTallies(element, tallies));
        } else if (value instanceof List<?> list) {
            list.forEach(element -> collectTallies(element, tallies));
        }
    }

    private static BallotOpened opened(boolean secret) {
        return new BallotOpened(BALLOT, "Approve CD 1", VERSION, null, "Simple majority", secret, AT, 4, "mo",
                AT.minusSeconds(3_600), "a".repeat(64));
    }

    private static BallotClosed closed(boolean secret, BallotClosed.Tally overall, List<BallotClosed.Tally> sides,
            List<BallotClosed.Tally> groups) {
        return new BallotClosed(BALLOT, VERSION, true, AT, "Simple majority", "Passes", overall, sides, groups, "mo",
                null, secret, "a".repeat(64), AT.minusSeconds(3_600),
                List.of(new BallotClosed.CheckOutcome("overall", true)));
    }

    private static BallotClosed.Tally withheld(String scope, int voters) {
        return new BallotClosed.Tally(scope, voters, null, null, null, null, voters, true);
    }
}
