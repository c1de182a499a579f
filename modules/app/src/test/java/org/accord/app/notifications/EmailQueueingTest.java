package org.accord.app.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.accord.notifications.internal.app.MailSender;
import org.accord.notifications.internal.app.Notice;
import org.accord.notifications.internal.app.NoticeWriting;
import org.accord.notifications.internal.domain.NoticeKind;
import org.accord.testing.AccordTestStack;
import org.accord.testing.Mailbox;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** When a notice's e-mail is queued and when it may leave: news only, to members whose address is known. */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class EmailQueueingTest {

    @Inject
    EntityManager entityManager;
    @Inject
    MailSender sender;
    @Inject
    NoticeWriting writing;
    @Inject
    Notified notified;

    private final Mailbox mailbox = Mailbox.ofTestStack();

    @Test
    void anEmailToAMemberNotYetKnown_staysPending_andGoesOutOnceTheMemberIsKnown() {
        Notices notices = new Notices(entityManager);
        UUID newcomer = UUID.randomUUID();
        UUID ballot = UUID.randomUUID();
        UUID notice = notices.queue(newcomer, "BALLOT_OPENED", ballot, Notices.params("ballotId", ballot, "title",
                "Early ballot", "closesAt", "2027-01-15T12:00:00Z"), "IMMEDIATE");

        sender.sendDue();
        assertThat(notices.status(notice)).as("no address yet").isEqualTo("PENDING");

        notices.member(newcomer, "early-" + newcomer, "Nell Newcomer", "en", "UTC");
        sender.sendDue();

        await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.to(Notices.address(newcomer)).size() == 1);
        assertThat(notices.status(notice)).isEqualTo("SENT");
    }

    @Test
    void anOldEvent_makesANotice_butNoEmail() {
        UUID member = notified.member(Notified.uniqueUsername(), true);
        UUID oldBallot = UUID.randomUUID();
        UUID newBallot = UUID.randomUUID();

        write(NoticeKind.BALLOT_OPENED, oldBallot, Instant.now().minus(Duration.ofDays(30)), member);
        write(NoticeKind.BALLOT_OPENED, newBallot, Instant.now(), member);

        assertThat(notified.notices(member, "BALLOT_OPENED", oldBallot)).isEqualTo(1);
        assertThat(notified.emails(member, "BALLOT_OPENED", oldBallot)).as("history read again").isZero();
        assertThat(notified.emails(member, "BALLOT_OPENED", newBallot)).isEqualTo(1);
    }

    @Test
    void anEmail_isQueuedAtTheTimeOfQueueing_notAtTheTimeOfItsEvent() {
        UUID member = notified.member(Notified.uniqueUsername(), true);
        UUID ballot = UUID.randomUUID();
        Instant before = Instant.now().minusSeconds(5);

        write(NoticeKind.BALLOT_CLOSED, ballot, Instant.now().minus(Duration.ofHours(3)), member);

        assertThat(notified.count("select count(*) from notifications.email e join notifications.notice n"
                + " on n.id = e.notice_id where n.member_id = '" + member + "' and n.subject_id = '" + ballot
                + "' and e.queued_at >= '" + before + "'")).isEqualTo(1);
    }

    private void write(NoticeKind kind, UUID ballot, Instant at, UUID member) {
        QuarkusTransaction.requiringNew().run(() -> writing.send(new Notice(kind, UUID.randomUUID(), ballot,
                Notice.params("ballotId", ballot, "title", "A ballot", "outcome", "PASSED"), null, at),
                List.of(member)));
    }
}
