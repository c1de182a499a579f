package org.accord.stakeholders.internal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.accord.membership.api.Side;

/** Short ways for tests to describe who sits where. */
final class Positions {

    private Positions() {
    }

    static MemberPosition voting(String group, Side side) {
        return new MemberPosition(UUID.randomUUID(), group, side, true);
    }

    static MemberPosition nonVoting(String group, Side side) {
        return new MemberPosition(UUID.randomUUID(), group, side, false);
    }

    static List<MemberPosition> voting(int count, String group, Side side) {
        return IntStream.range(0, count).mapToObj(i -> voting(group, side)).toList();
    }

    static List<MemberPosition> nonVoting(int count, String group, Side side) {
        return IntStream.range(0, count).mapToObj(i -> nonVoting(group, side)).toList();
    }

    @SafeVarargs
    static List<MemberPosition> all(List<MemberPosition>... parts) {
        var positions = new ArrayList<MemberPosition>();
        for (List<MemberPosition> part : parts) {
            positions.addAll(part);
        }
        return List.copyOf(positions);
    }
}
