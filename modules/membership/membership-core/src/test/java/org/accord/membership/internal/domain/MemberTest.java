package org.accord.membership.internal.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.accord.membership.api.MemberStatus;
import org.accord.membership.api.Side;
import org.accord.platform.errors.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemberTest {

    private static Member admit(Side side, boolean votingRights) {
        return Member.admit(new Email("ada@example.org"), "ada", new Profile("Ada Lovelace", "Institute"), side,
                MemberRoles.of(List.of()), votingRights, Instant.now());
    }

    @Test
    void admit_isActiveAndAlwaysAMember() {
        Member member = admit(Side.EU, true);

        assertThat(member.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(member.roles().values()).containsExactly("member");
        assertThat(member.canSignIn()).isTrue();
    }

    @Test
    void admit_observerWithVotingRights_isRejected() {
        assertThatThrownBy(() -> admit(Side.OBSERVER, true)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Observers").extracting("field").isEqualTo("votingRights");
    }

    @Test
    void changeVotingRights_forObserver_isRejected() {
        Member observer = admit(Side.OBSERVER, false);

        assertThatThrownBy(() -> observer.changeVotingRights(true)).isInstanceOf(RuleViolation.class);
        assertThat(observer.votingRights()).isFalse();
    }

    @Test
    void suspendAndReinstate_followTheStatusMachine() {
        Member member = admit(Side.US, true);

        member.suspend();
        assertThat(member.status()).isEqualTo(MemberStatus.SUSPENDED);
        assertThat(member.canSignIn()).isFalse();
        assertThatThrownBy(member::suspend).isInstanceOf(RuleViolation.class).extracting("kind")
                .isEqualTo(RuleViolation.Kind.CONFLICT);

        member.reinstate();
        assertThat(member.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThatThrownBy(member::reinstate).isInstanceOf(RuleViolation.class);
    }

    @Test
    void accountRoles_areTheMembersRolesOnlyWhileTheyCanSignIn() {
        Member member = admit(Side.US, true);
        member.changeRoles(MemberRoles.of(List.of("editor")));
        assertThat(member.accountRoles()).containsExactly("member", "editor");

        member.suspend();
        assertThat(member.accountRoles()).isEmpty();
        member.reinstate();
        assertThat(member.accountRoles()).containsExactly("member", "editor");
        member.leave();
        assertThat(member.accountRoles()).isEmpty();
    }

    @Test
    void leave_closesTheRecord() {
        Member member = admit(Side.US, true);

        member.leave();

        assertThat(member.status()).isEqualTo(MemberStatus.LEFT);
        assertThatThrownBy(member::leave).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> member.changeRoles(MemberRoles.of(List.of("editor"))))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> member.updateProfile(new Profile("New", "Name"), LanguageAndZone.UNCHOSEN))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(member::reinstate).isInstanceOf(RuleViolation.class);
    }

    @Test
    void chooseLanguage_changesOnlyTheLanguage_andSaysWhetherItChanged() {
        Member member = admit(Side.EU, true);
        member.updateProfile(member.profile(), new LanguageAndZone(null, "Europe/Berlin"));

        assertThat(member.chooseLanguage(Locale.GERMAN)).isTrue();
        assertThat(member.chooseLanguage(Locale.GERMANY)).isFalse();
        assertThat(member.languageAndZone()).isEqualTo(new LanguageAndZone("de", "Europe/Berlin"));
    }

    @Test
    void chooseLanguage_afterLeaving_changesNothing() {
        Member member = admit(Side.EU, true);
        member.leave();

        assertThat(member.chooseLanguage(Locale.FRENCH)).isFalse();
        assertThat(member.languageAndZone()).isEqualTo(LanguageAndZone.UNCHOSEN);
    }

    @Test
    void parseSide_whenUnknown_namesTheChoices() {
        assertThat(Member.parseSide(" EU ")).isEqualTo(Side.EU);
        assertThatThrownBy(() -> Member.parseSide("MARS")).isInstanceOf(RuleViolation.class)
                .hasMessage("Unknown side 'MARS': choose US, EU or OBSERVER.");
        assertThatThrownBy(() -> Member.parseSide("")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("required");
    }
}
