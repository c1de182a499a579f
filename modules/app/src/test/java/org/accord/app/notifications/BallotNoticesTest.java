package org.accord.app.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.accord.app.voting.Electorate;
import org.accord.notifications.internal.app.Reminding;
import org.accord.notifications.internal.app.VotingIntake;
import org.accord.testing.AccordTestStack;
import org.accord.voting.api.events.BallotOpened;
import org.accord.voting.internal.app.BallotAdministration;
import org.accord.voting.internal.app.Voting;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class BallotNoticesTest {

    @Inject
    Electorate electorate;
    @Inject
    Notified notified;
    @Inject
    Voting voting;
    @Inject
    BallotAdministration ballots;
    @Inject
    VotingIntake intake;
    @Inject
    Reminding reminding;

    @Test
    void ballotOpened_notifiesEachVoterOnce_queuesEmailsByPreference_andAReplayChangesNothing() {
        UUID ann = notified.member(Notified.uniqueUsername(), true);
        UUID bob = notified.member(Notified.uniqueUsername(), true);
        UUID observer = notified.member(Notified.uniqueUsername(), false);
        notified.execute("insert into notifications.preference (member_id, kind, delivery) values ('" + bob
                + "', 'BALLOT_OPENED', 'OFF')");
        UUID version = electorate.committeeDraft();

        UUID ballot = electorate.ballot(version, "SIMPLE_MAJORITY", false);

        notified.awaitNotice(ann, "BALLOT_OPENED", ballot);
        notified.awaitNotice(bob, "BALLOT_OPENED", ballot);
        assertThat(notified.notices(observer, "BALLOT_OPENED", ballot)).isZero();
        assertThat(notified.count("select count(*) from notifications.email e join notifications.notice n on"
                + " n.id = e.notice_id where n.member_id = '" + ann + "' and n.subject_id = '" + ballot
                + "' and e.delivery = 'IMMEDIATE'")).as("queued once, whether the sender has taken it yet or not")
                .isEqualTo(1);
        assertThat(notified.emails(bob, "BALLOT_OPENED", ballot)).as("Bob turned these e-mails off").isZero();
        assertThat(notified.count("select count(*) from notifications.outbox where event_type ="
                + " 'accord.notifications.NeedsChanged.v1' and payload like '%" + ann + "%'")).isPositive();

        UUID eventId = UUID.fromString(notified.text("select event_id from notifications.notice where member_id = '"
                + ann + "' and subject_id = '" + ballot + "'"));
        BallotOpened again = new BallotOpened(ballot.toString(), "Replayed", version.toString(), null,
                "SIMPLE_MAJORITY", false, Instant.now().plus(Duration.ofDays(7)), 2, "mo", Instant.now(), null);
        QuarkusTransaction.requiringNew().run(() -> intake.take(eventId, again));
        QuarkusTransaction.requiringNew().run(() -> intake.take(eventId, again));

        assertThat(notified.notices(ann, "BALLOT_OPENED", ballot)).isEqualTo(1);
        assertThat(notified.emails(ann, "BALLOT_OPENED", ballot)).isEqualTo(1);
        assertThat(notified.text("select params ->> 'title' from notifications.notice where member_id = '" + ann
                + "' and subject_id = '" + ballot + "'")).isNotEqualTo("Replayed");
    }

    @Test
    void aSecretBallotsEnd_tellsVotersTheOutcomeOnly_andNeverTheModeratorWhoClosedIt() {
        UUID voter = notified.member(Notified.uniqueUsername(), true);
        String voterName = notified.text("select username from notifications.member where member_id = '" + voter
                + "'");
        String moderator = Notified.uniqueUsername();
        UUID moderatorId = notified.member(moderator, true, "moderator");
        UUID ballot = electorate.ballot(electorate.committeeDraft(), "SIMPLE_MAJORITY", true);
        notified.awaitNotice(voter, "BALLOT_OPENED", ballot);
        voting.cast(ballot, voterName, "DISAPPROVE", "Not ready");
        await().atMost(Duration.ofSeconds(30)).until(() -> notified.count("select count(*) from"
                + " notifications.ballot_voter where ballot_id = '" + ballot + "' and member_id = '" + voter
                + "' and voted") == 1);

        ballots.close(ballot, "Enough", moderator);

        notified.awaitNotice(voter, "BALLOT_CLOSED", ballot);
        assertThat(notified.text("select params::text from notifications.notice where member_id = '" + voter
                + "' and kind = 'BALLOT_CLOSED' and subject_id = '" + ballot + "'"))
                .doesNotContain("DISAPPROVE").doesNotContain("Not ready").contains("\"outcome\"");
        assertThat(notified.text("select params ->> 'outcome' from notifications.notice where member_id = '" + voter
                + "' and kind = 'BALLOT_CLOSED' and subject_id = '" + ballot + "'")).isIn("PASSED", "FAILED");
        assertThat(notified.notices(moderatorId, "BALLOT_CLOSED", ballot)).as("the actor").isZero();
        assertThat(notified.notices(moderatorId, "BALLOT_OPENED", ballot)).isEqualTo(1);
    }

    @Test
    void aBallotClosingWithinADay_remindsThoseWhoHaveNotVoted_once() {
        UUID voted = notified.member(Notified.uniqueUsername(), true);
        UUID notYet = notified.member(Notified.uniqueUsername(), true);
        String votedName = notified.text("select username from notifications.member where member_id = '" + voted
                + "'");
        UUID ballot = electorate.ballot(electorate.committeeDraft(), "SIMPLE_MAJORITY", false);
        notified.awaitNotice(notYet, "BALLOT_OPENED", ballot);
        voting.cast(ballot, votedName, "APPROVE", null);
        await().atMost(Duration.ofSeconds(30)).until(() -> notified.count("select count(*) from"
                + " notifications.ballot_voter where ballot_id = '" + ballot + "' and voted") == 1);
        Instant closesAt = Instant.parse(notified.text("select to_char(closes_at at time zone 'UTC',"
                + " 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from notifications.ballot where id = '" + ballot + "'"));

        reminding.remindDue(closesAt.minus(Duration.ofHours(25)));
        assertThat(notified.notices(notYet, "BALLOT_CLOSING", ballot)).as("more than a day before").isZero();
        reminding.remindDue(closesAt.minus(Duration.ofHours(2)));
        notified.execute("update notifications.ballot set reminded = false where id = '" + ballot + "'");
        reminding.remindDue(closesAt.minus(Duration.ofHours(1)));

        assertThat(notified.notices(notYet, "BALLOT_CLOSING", ballot)).isEqualTo(1);
        assertThat(notified.emails(notYet, "BALLOT_CLOSING", ballot)).isEqualTo(1);
        assertThat(notified.notices(voted, "BALLOT_CLOSING", ballot)).isZero();
    }
}
