package org.accord.stakeholders.internal.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.accord.membership.api.Side.EU;
import static org.accord.membership.api.Side.OBSERVER;
import static org.accord.membership.api.Side.US;
import static org.accord.stakeholders.internal.domain.Positions.all;
import static org.accord.stakeholders.internal.domain.Positions.nonVoting;
import static org.accord.stakeholders.internal.domain.Positions.voting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class BalanceTest {

    private static final List<String> GROUPS = List.of("INDUSTRY", "ACADEMIA", "CIVIL_SOCIETY");

    /** INDUSTRY 3 US + 2 EU voting, 1 EU not; ACADEMIA 1 US + 2 EU voting, 1 OBSERVER not; CIVIL_SOCIETY empty. */
    private static final List<MemberPosition> MEMBERS = all(
            voting(3, "INDUSTRY", US), voting(2, "INDUSTRY", EU), nonVoting(1, "INDUSTRY", EU),
            voting(1, "ACADEMIA", US), voting(2, "ACADEMIA", EU), nonVoting(1, "ACADEMIA", OBSERVER));

    private final Balance balance = new Balance(MEMBERS, GROUPS);

    @Test
    void groups_keepTheGivenOrder_evenWhenEmpty() {
        assertThat(balance.groups()).containsExactly("INDUSTRY", "ACADEMIA", "CIVIL_SOCIETY");
    }

    @Test
    void sides_areUsEuObserverInThatOrder() {
        assertThat(balance.sides()).containsExactly(US, EU, OBSERVER);
    }

    @Test
    void members_perGroupAndSide_countEveryone() {
        assertThat(balance.members("INDUSTRY", US)).isEqualTo(3);
        assertThat(balance.members("INDUSTRY", EU)).isEqualTo(3);
        assertThat(balance.members("INDUSTRY", OBSERVER)).isZero();
        assertThat(balance.members("ACADEMIA", OBSERVER)).isEqualTo(1);
    }

    @Test
    void votingMembers_perGroupAndSide_countOnlyVoters() {
        assertThat(balance.votingMembers("INDUSTRY", US)).isEqualTo(3);
        assertThat(balance.votingMembers("INDUSTRY", EU)).isEqualTo(2);
        assertThat(balance.votingMembers("ACADEMIA", EU)).isEqualTo(2);
        assertThat(balance.votingMembers("ACADEMIA", OBSERVER)).isZero();
    }

    @Test
    void totals_perGroup_sumTheSides() {
        assertThat(balance.members("INDUSTRY")).isEqualTo(6);
        assertThat(balance.votingMembers("INDUSTRY")).isEqualTo(5);
        assertThat(balance.members("ACADEMIA")).isEqualTo(4);
        assertThat(balance.votingMembers("ACADEMIA")).isEqualTo(3);
    }

    @Test
    void totals_perSide_sumTheGroups() {
        assertThat(balance.members(US)).isEqualTo(4);
        assertThat(balance.votingMembers(US)).isEqualTo(4);
        assertThat(balance.members(EU)).isEqualTo(5);
        assertThat(balance.votingMembers(EU)).isEqualTo(4);
        assertThat(balance.members(OBSERVER)).isEqualTo(1);
        assertThat(balance.votingMembers(OBSERVER)).isZero();
    }

    @Test
    void totals_overall_countEveryoneOnce() {
        assertThat(balance.totalMembers()).isEqualTo(10);
        assertThat(balance.totalVotingMembers()).isEqualTo(8);
    }

    @Test
    void emptyGroup_hasZeroCountsAndShares() {
        assertThat(balance.members("CIVIL_SOCIETY")).isZero();
        assertThat(balance.votingMembers("CIVIL_SOCIETY", US)).isZero();
        assertThat(balance.votingShareOfGroup("CIVIL_SOCIETY")).isZero();
        assertThat(balance.memberShareOfGroup("CIVIL_SOCIETY")).isZero();
    }

    @Test
    void votingShares_arePercentagesOfAllVotingMembers() {
        assertThat(balance.votingShareOfGroup("INDUSTRY")).isEqualTo(62.5);
        assertThat(balance.votingShareOfGroup("ACADEMIA")).isEqualTo(37.5);
        assertThat(balance.votingShareOfSide(US)).isEqualTo(50.0);
        assertThat(balance.votingShareOfSide(EU)).isEqualTo(50.0);
        assertThat(balance.votingShareOfSide(OBSERVER)).isZero();
    }

    @Test
    void memberShares_arePercentagesOfAllMembers() {
        assertThat(balance.memberShareOfGroup("INDUSTRY")).isEqualTo(60.0);
        assertThat(balance.memberShareOfGroup("ACADEMIA")).isEqualTo(40.0);
        assertThat(balance.memberShareOfSide(US)).isEqualTo(40.0);
        assertThat(balance.memberShareOfSide(EU)).isEqualTo(50.0);
        assertThat(balance.memberShareOfSide(OBSERVER)).isEqualTo(10.0);
    }

    @Test
    void shares_whenThirds_areNotRounded() {
        var thirds = new Balance(all(voting(1, "A", US), voting(2, "B", EU)), List.of("A", "B"));

        assertThat(thirds.votingShareOfGroup("A")).isCloseTo(33.333, within(0.001));
        assertThat(thirds.votingShareOfGroup("B")).isCloseTo(66.667, within(0.001));
    }

    @Test
    void shares_whenNobodyVotes_areZero() {
        var noVoters = new Balance(nonVoting(3, "INDUSTRY", US), GROUPS);

        assertThat(noVoters.totalVotingMembers()).isZero();
        assertThat(noVoters.votingShareOfGroup("INDUSTRY")).isZero();
        assertThat(noVoters.votingShareOfSide(US)).isZero();
        assertThat(noVoters.memberShareOfGroup("INDUSTRY")).isEqualTo(100.0);
    }

    @Test
    void balance_withoutMembers_showsEveryGroupWithZeros() {
        var empty = new Balance(List.of(), GROUPS);

        assertThat(empty.groups()).containsExactlyElementsOf(GROUPS);
        assertThat(empty.totalMembers()).isZero();
        assertThat(empty.totalVotingMembers()).isZero();
        assertThat(empty.members(US)).isZero();
        assertThat(empty.memberShareOfSide(US)).isZero();
        assertThat(empty.memberShareOfGroup("INDUSTRY")).isZero();
    }

    @Test
    void groups_whenMembersNameAnUnlistedGroup_appendItAtTheEnd() {
        var withUnlisted = new Balance(all(MEMBERS, voting(2, "LABOUR", EU)), GROUPS);

        assertThat(withUnlisted.groups()).containsExactly("INDUSTRY", "ACADEMIA", "CIVIL_SOCIETY", "LABOUR");
        assertThat(withUnlisted.votingMembers("LABOUR", EU)).isEqualTo(2);
        assertThat(withUnlisted.totalVotingMembers()).isEqualTo(10);
    }

    @Test
    void groups_whenSeveralUnlisted_appendThemInCodeOrderWhateverTheMemberOrder() {
        var members = all(voting(1, "ZOOS", US), voting(1, "LABOUR", EU), voting(1, "MEDIA", US));
        var reversed = new ArrayList<>(members);
        Collections.reverse(reversed);

        assertThat(new Balance(members, List.of("INDUSTRY")).groups())
                .containsExactly("INDUSTRY", "LABOUR", "MEDIA", "ZOOS");
        assertThat(new Balance(reversed, List.of("INDUSTRY")).groups())
                .containsExactly("INDUSTRY", "LABOUR", "MEDIA", "ZOOS");
    }

    @Test
    void groups_whenListedTwice_appearOnce() {
        assertThat(new Balance(List.of(), List.of("INDUSTRY", "ACADEMIA", "INDUSTRY")).groups())
                .containsExactly("INDUSTRY", "ACADEMIA");
    }

    @Test
    void counts_forAGroupNotInTheBalance_areZero() {
        assertThat(balance.members("NO_SUCH_GROUP", US)).isZero();
        assertThat(balance.votingMembers("NO_SUCH_GROUP")).isZero();
        assertThat(balance.votingShareOfGroup("NO_SUCH_GROUP")).isZero();
    }

    @Test
    void create_whenAMemberAppearsTwice_isRejected() {
        var id = UUID.randomUUID();
        var twice = List.of(new MemberPosition(id, "INDUSTRY", US, true), new MemberPosition(id, "ACADEMIA", US, true));

        assertThatIllegalArgumentException().isThrownBy(() -> new Balance(twice, GROUPS))
                .withMessageContaining(id.toString());
    }

    @Test
    void create_withABlankGroupToShow_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Balance(List.of(), List.of("INDUSTRY", " ")));
    }

    @Test
    void groups_cannotBeChangedFromOutside() {
        var codes = new ArrayList<>(GROUPS);
        var fromCodes = new Balance(MEMBERS, codes);
        codes.add("LATE");

        assertThat(fromCodes.groups()).containsExactlyElementsOf(GROUPS);
        assertThat(fromCodes.groups()).isUnmodifiable();
    }

    @Test
    void equals_whenSameMembersInAnotherOrder_isEqual() {
        var shuffled = new ArrayList<>(MEMBERS);
        Collections.shuffle(shuffled, new Random(7));
        var replayed = new Balance(shuffled, GROUPS);

        assertThat(replayed).isEqualTo(balance).hasSameHashCodeAs(balance);
    }

    @Test
    void equals_whenSameCountsButOtherMembers_isEqual() {
        var otherPeople = all(
                voting(3, "INDUSTRY", US), voting(2, "INDUSTRY", EU), nonVoting(1, "INDUSTRY", EU),
                voting(1, "ACADEMIA", US), voting(2, "ACADEMIA", EU), nonVoting(1, "ACADEMIA", OBSERVER));

        assertThat(new Balance(otherPeople, GROUPS)).isEqualTo(balance);
    }

    @Test
    void equals_whenAVotingRightDiffers_isNotEqual() {
        var changed = new ArrayList<>(MEMBERS);
        changed.set(0, nonVoting("INDUSTRY", US));

        assertThat(new Balance(changed, GROUPS)).isNotEqualTo(balance);
    }

    @Test
    void equals_whenASideDiffers_isNotEqual() {
        var changed = new ArrayList<>(MEMBERS);
        changed.set(0, voting("INDUSTRY", EU));

        assertThat(new Balance(changed, GROUPS)).isNotEqualTo(balance);
    }

    @Test
    void equals_whenGroupOrderOrGroupsDiffer_isNotEqual() {
        assertThat(new Balance(MEMBERS, List.of("ACADEMIA", "INDUSTRY", "CIVIL_SOCIETY"))).isNotEqualTo(balance);
        assertThat(new Balance(MEMBERS, List.of("INDUSTRY", "ACADEMIA"))).isNotEqualTo(balance);
    }

    @Test
    void toString_showsTheCounts() {
        assertThat(balance.toString()).contains("INDUSTRY{US=3/3 EU=2/3 OBSERVER=0/0}");
    }
}
