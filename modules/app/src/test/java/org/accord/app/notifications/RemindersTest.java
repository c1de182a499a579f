package org.accord.app.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.accord.notifications.internal.app.PublishingIntake;
import org.accord.notifications.internal.app.Reminding;
import org.accord.notifications.internal.app.ReviewIntake;
import org.accord.publishing.api.events.LiaisonStatementSent;
import org.accord.review.api.events.CommentRoundExtended;
import org.accord.review.api.events.CommentRoundOpened;
import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminders of deadlines: once per deadline, again when it moves, never to the one who set it. */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class RemindersTest {

    @Inject
    Notified notified;
    @Inject
    ReviewIntake review;
    @Inject
    PublishingIntake publishing;
    @Inject
    Reminding reminding;

    @Test
    void anExtendedRound_isRemindedOfAgain_asItsNewCloseNears() {
        UUID follower = notified.member(Notified.uniqueUsername(), false);
        UUID standard = UUID.randomUUID();
        UUID round = UUID.randomUUID();
        notified.execute("insert into notifications.follow (member_id, standard_id, following, since) values ('"
                + follower + "', '" + standard + "', true, now())");
        Instant closesAt = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        Instant extendedTo = closesAt.plus(Duration.ofDays(7));
        QuarkusTransaction.requiringNew().run(() -> review.take(UUID.randomUUID(), new CommentRoundOpened(
                round.toString(), standard.toString(), UUID.randomUUID().toString(), "CD 1", "Comments",
                Instant.now(), closesAt, true, "mo", Instant.now())));

        reminding.remindDue(closesAt.minus(Duration.ofHours(2)));
        QuarkusTransaction.requiringNew().run(() -> review.take(UUID.randomUUID(), new CommentRoundExtended(
                round.toString(), standard.toString(), closesAt, extendedTo, "More time", "mo", Instant.now())));
        reminding.remindDue(extendedTo.minus(Duration.ofHours(2)));
        reminding.remindDue(extendedTo.minus(Duration.ofHours(1)));

        assertThat(notified.notices(follower, "ROUND_CLOSING", round)).as("once per close").isEqualTo(2);
    }

    @Test
    void theLiaisonWhoSentAStatement_isNotToldItsReplyIsDue() {
        String sender = Notified.uniqueUsername();
        UUID senderId = notified.member(sender, false, "liaison");
        UUID other = notified.member(Notified.uniqueUsername(), false, "liaison");
        UUID statement = UUID.randomUUID();

        QuarkusTransaction.requiringNew().run(() -> publishing.take(UUID.randomUUID(), new LiaisonStatementSent(
                statement.toString(), "GPAI secretariat", "Our draft", List.of(),
                LocalDate.now(ZoneOffset.UTC).plusDays(1), sender, Instant.now())));

        assertThat(notified.notices(other, "LIAISON_REPLY_DUE", statement)).isEqualTo(1);
        assertThat(notified.notices(senderId, "LIAISON_REPLY_DUE", statement)).as("the sender").isZero();
    }
}
