package org.accord.voting.internal.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A ballot for tests: eligible voters with made-up member ids, and the positions some of them took. */
final class TestBallot {

    private final List<Voter> eligible = new ArrayList<>();
    private final Map<String, Position> votes = new HashMap<>();

    /** {@code count} voters of weight 1 who all took {@code position}. */
    TestBallot vote(int count, Side side, String group, Position position) {
        for (int i = 0; i < count; i++) {
            weighted(1, side, group, position);
        }
        return this;
    }

    /** {@code count} eligible voters of weight 1 who have not voted. */
    TestBallot silent(int count, Side side, String group) {
        for (int i = 0; i < count; i++) {
            weighted(1, side, group, null);
        }
        return this;
    }

    /** One voter of {@code weight}; a null position means they have not voted. */
    TestBallot weighted(int weight, Side side, String group, Position position) {
        String memberId = "member-" + (eligible.size() + 1);
        eligible.add(new Voter(memberId, side, group, weight));
        if (position != null) {
            votes.put(memberId, position);
        }
        return this;
    }

    /** A vote from someone who is not eligible, such as a member who joined after the ballot opened. */
    TestBallot outsider(String memberId, Position position) {
        votes.put(memberId, position);
        return this;
    }

    List<Voter> eligible() {
        return List.copyOf(eligible);
    }

    Map<String, Position> votes() {
        return Map.copyOf(votes);
    }

    Standing evaluate(Rule rule) {
        return RuleEngine.evaluate(rule, eligible(), votes());
    }
}
