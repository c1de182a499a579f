package org.accord.app.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.accord.membership.api.events.Change;
import org.accord.membership.api.events.MemberRolesChanged;
import org.accord.membership.api.events.MembershipEvent;
import org.accord.membership.api.events.VotingRightsChanged;
import org.accord.membership.internal.app.MemberAdministration;
import org.accord.notifications.internal.app.MembershipIntake;
import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A member hears, once, that their roles or their voting rights changed; no one else hears of it. */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class MembershipNoticesTest {

    private static final String KIND = "MEMBERSHIP_CHANGED";

    @Inject
    Notified notified;
    @Inject
    MemberAdministration administration;
    @Inject
    MembershipIntake intake;

    @Test
    void newRoles_reachTheMemberOnce_evenWhenAppliedTwice() {
        UUID member = notified.member(Notified.uniqueUsername(), true);

        administration.changeRoles(member, List.of("member", "editor"), "Edits the terminology standard", "ada");

        String eventId = awaitChange(member, "ROLES");
        assertThat(notified.text("select params ->> 'roles' from notifications.notice where event_id = '" + eventId
                + "'")).isEqualTo("member,editor");
        MemberRolesChanged again = new MemberRolesChanged(member.toString(), List.of("member", "editor"),
                new Change("ada", Instant.now(), "Edits the terminology standard"));
        applyTwice(eventId, again);
        assertOnce(member, "ROLES");
    }

    @Test
    void votingRights_withdrawn_reachTheMemberOnce_evenWhenAppliedTwice() {
        UUID member = notified.member(Notified.uniqueUsername(), true);

        administration.changeVotingRights(member, false, "Observer from now on", "ada");

        String eventId = awaitChange(member, "VOTING_RIGHTS");
        assertThat(notified.text("select params ->> 'votingRights' from notifications.notice where event_id = '"
                + eventId + "'")).isEqualTo("false");
        VotingRightsChanged again = new VotingRightsChanged(member.toString(), false,
                new Change("ada", Instant.now(), "Observer from now on"));
        applyTwice(eventId, again);
        assertOnce(member, "VOTING_RIGHTS");
    }

    /** @return the id of the event the member's notice of this change came from */
    private String awaitChange(UUID member, String change) {
        await().atMost(Duration.ofSeconds(30)).until(() -> changes(member, change) == 1);
        return notified.text("select event_id from notifications.notice where member_id = '" + member
                + "' and kind = '" + KIND + "' and params ->> 'change' = '" + change + "'");
    }

    private void applyTwice(String eventId, MembershipEvent event) {
        QuarkusTransaction.requiringNew().run(() -> intake.take(UUID.fromString(eventId), event));
        QuarkusTransaction.requiringNew().run(() -> intake.take(UUID.fromString(eventId), event));
    }

    private void assertOnce(UUID member, String change) {
        assertThat(changes(member, change)).isEqualTo(1);
        assertThat(notified.count("select count(*) from notifications.email e join notifications.notice n on"
                + " n.id = e.notice_id where n.member_id = '" + member + "' and n.kind = '" + KIND
                + "' and n.params ->> 'change' = '" + change + "'")).isEqualTo(1);
        assertThat(notified.count("select count(*) from notifications.notice where kind = '" + KIND
                + "' and subject_id = '" + member + "' and member_id <> '" + member + "'")).as("anyone else")
                .isZero();
    }

    private long changes(UUID member, String change) {
        return notified.count("select count(*) from notifications.notice where member_id = '" + member
                + "' and kind = '" + KIND + "' and params ->> 'change' = '" + change + "'");
    }
}
