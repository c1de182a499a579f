package org.accord.app.notifications;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.accord.notifications.internal.app.MailSender;
import org.accord.testing.AccordTestStack;
import org.accord.testing.Mailbox;
import org.accord.testing.ReceivedMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** E-mails of notices through a real SMTP server: once each, whatever races or crashes, in the member's language. */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class EmailSendingTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    /** Longer than the sender's interval, so that a scheduled run had its chance to send again. */
    private static final Duration PAST_A_SCHEDULED_RUN = Duration.ofSeconds(5);

    @Inject
    EntityManager entityManager;
    @Inject
    MailSender sender;

    private Notices notices;
    private final Mailbox mailbox = Mailbox.ofTestStack();

    @BeforeEach
    void helpers() {
        notices = new Notices(entityManager);
    }

    @Test
    void anImmediateNotice_isOneEmail_withBothParts_theUnsubscribeHeaders_andTheMembersLanguage() {
        UUID member = notices.member("sending-" + UUID.randomUUID(), "Élodie Exemple", "fr", "Europe/Paris");
        UUID ballot = UUID.randomUUID();
        UUID notice = notices.queue(member, "BALLOT_OPENED", ballot, "{\"title\": \"CD 1 approval\"}", "IMMEDIATE");

        sender.sendDue();

        List<ReceivedMail> received = awaitMail(member, 1);
        ReceivedMail mail = received.getFirst();
        assertThat(mail.subject()).isEqualTo("Scrutin ouvert : CD 1 approval");
        assertThat(mail.text()).contains("Bonjour Élodie Exemple,").contains("http://localhost:8080/ballots/" + ballot);
        assertThat(mail.html()).contains("Bonjour Élodie Exemple,").contains("href=\"http://localhost:8080/ballots/"
                + ballot + "\"");
        assertThat(mail.header("Message-ID")).isEqualTo("<notice-" + notice + "@localhost>");
        assertThat(mail.header("List-Unsubscribe"))
                .startsWith("<http://localhost:8080/notifications/unsubscribe?token=" + member + ".BALLOT_OPENED.")
                .endsWith(">");
        assertThat(mail.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mail.from()).isEqualTo("accord@accord.localhost");
        assertThat(notices.status(notice)).isEqualTo("SENT");
    }

    @Test
    void aNoticeProcessedTwice_isOneEmail() throws InterruptedException {
        UUID member = notices.member("twice-" + UUID.randomUUID(), "Tom Twice", "en", "UTC");
        notices.queue(member, "COMMENT_DISPOSED", UUID.randomUUID(), "{\"title\": \"Comment 12\"}", "IMMEDIATE");

        sender.sendDue();
        sender.sendDue();
        Thread.sleep(PAST_A_SCHEDULED_RUN);

        assertThat(mailbox.to(Notices.address(member))).hasSize(1);
    }

    @Test
    void sendersRacing_sendEachNoticeOnce() throws Exception {
        UUID member = notices.member("race-" + UUID.randomUUID(), "Rae Race", "en", "UTC");
        List<UUID> queued = IntStream.range(0, 30).mapToObj(i -> notices.queue(member, "BALLOT_OPENED",
                UUID.randomUUID(), "{\"title\": \"Ballot " + i + "\"}", "IMMEDIATE")).toList();

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> senders = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return sender.sendDue();
                })).toList();
        start.countDown();
        senders.forEach(CompletableFuture::join);
        Thread.sleep(PAST_A_SCHEDULED_RUN);

        List<ReceivedMail> received = mailbox.to(Notices.address(member));
        assertThat(received).hasSize(30);
        assertThat(received.stream().map(mail -> mail.header("Message-ID")).distinct()).hasSize(30);
        assertThat(queued).allSatisfy(notice -> assertThat(notices.status(notice)).isEqualTo("SENT"));
    }

    @Test
    void anEmailLeftSendingByACrash_isNeverSentAgain() throws InterruptedException {
        UUID member = notices.member("crash-" + UUID.randomUUID(), "Cris Crash", "en", "UTC");
        UUID notice = notices.queue(member, "BALLOT_OPENED", UUID.randomUUID(), "{\"title\": \"B\"}", "IMMEDIATE",
                "SENDING");

        sender.sendDue();
        Thread.sleep(PAST_A_SCHEDULED_RUN);

        assertThat(mailbox.to(Notices.address(member))).isEmpty();
        assertThat(notices.status(notice)).isEqualTo("SENDING");
    }

    @Test
    void aSendThatFails_isRetried_thenGivenUpAfterFiveAttempts() {
        UUID member = notices.member("bounce-" + UUID.randomUUID(), "Bo Bounce", "en", "UTC");
        notices.execute(
                "update notifications.member set email = 'not an address' where member_id = ?1", member);
        UUID notice = notices.queue(member, "BALLOT_OPENED", UUID.randomUUID(), "{\"title\": \"B\"}", "IMMEDIATE");

        await().atMost(EVENTUALLY).until(() -> notices.attempt(notice)[0].equals("FAILED"));
        Object[] attempt = notices.attempt(notice);
        assertThat(((Number) attempt[1]).intValue()).isEqualTo(5);
        assertThat((String) attempt[2]).isNotBlank();
    }

    @Test
    void aSecretBallotsEmails_toTwoVoters_differOnlyInWhatIsTheirs() {
        UUID ballot = UUID.randomUUID();
        String params = "{\"title\": \"Secret ballot on CD 2\", \"outcome\": \"passed\"}";
        UUID approver = notices.member("approver-" + UUID.randomUUID(), "Ann Approve", "en", "UTC");
        UUID disapprover = notices.member("disapprover-" + UUID.randomUUID(), "Dan Disapprove", "en", "UTC");
        UUID first = notices.queue(approver, "BALLOT_CLOSED", ballot, params, "IMMEDIATE");
        UUID second = notices.queue(disapprover, "BALLOT_CLOSED", ballot, params, "IMMEDIATE");

        sender.sendDue();

        ReceivedMail toApprover = awaitMail(approver, 1).getFirst();
        ReceivedMail toDisapprover = awaitMail(disapprover, 1).getFirst();
        assertThat(toApprover.subject()).isEqualTo(toDisapprover.subject());
        assertThat(withoutRecipient(toApprover.text(), approver, "Ann Approve", first))
                .isEqualTo(withoutRecipient(toDisapprover.text(), disapprover, "Dan Disapprove", second));
        assertThat(withoutRecipient(toApprover.html(), approver, "Ann Approve", first))
                .isEqualTo(withoutRecipient(toDisapprover.html(), disapprover, "Dan Disapprove", second));
    }

    private static String withoutRecipient(String body, UUID member, String name, UUID notice) {
        return body.replace(member.toString(), "MEMBER").replace(name, "NAME").replace(notice.toString(), "NOTICE")
                .replaceAll("token=MEMBER\\.BALLOT_CLOSED\\.[A-Za-z0-9_-]+", "token=TOKEN");
    }

    private List<ReceivedMail> awaitMail(UUID member, int count) {
        await().atMost(EVENTUALLY).until(() -> mailbox.to(Notices.address(member)).size() >= count);
        return mailbox.to(Notices.address(member));
    }
}
