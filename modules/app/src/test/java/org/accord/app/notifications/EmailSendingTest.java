package org.accord.app.notifications;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.accord.app.voting.Electorate;
import org.accord.notifications.internal.app.MailSender;
import org.accord.testing.AccordTestStack;
import org.accord.testing.Mailbox;
import org.accord.testing.ReceivedMail;
import org.accord.voting.internal.app.BallotAdministration;
import org.accord.voting.internal.app.Voting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * E-mails of notices through a real SMTP server: once each, whatever races or crashes, in the language and time zone of
 * the member's e-mail settings.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class EmailSendingTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    /** Longer than the sender's interval, so that a scheduled run had its chance to send again. */
    private static final Duration PAST_A_SCHEDULED_RUN = Duration.ofSeconds(5);

    @Inject
    EntityManager entityManager;
    @Inject
    MailSender sender;
    @Inject
    Notified notified;
    @Inject
    Electorate electorate;
    @Inject
    Voting voting;
    @Inject
    BallotAdministration ballots;

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
        UUID notice = notices.queue(member, "BALLOT_OPENED", ballot, ballotOpened(ballot, "Approval of TAWG 1 CD 1"),
                "IMMEDIATE");

        sender.sendDue();

        List<ReceivedMail> received = awaitMail(member, 1);
        ReceivedMail mail = received.getFirst();
        assertThat(mail.subject()).isEqualTo("Un scrutin est ouvert\u00a0: Approval of TAWG 1 CD 1");
        assertThat(mail.text()).contains("Bonjour Élodie Exemple,")
                .contains("Vous pouvez voter jusqu’au 15 janv. 2027, 13:00 CET.")
                .contains("http://localhost:8080/ballots/" + ballot);
        assertThat(mail.html()).contains("Bonjour Élodie Exemple,")
                .contains("Vous pouvez voter jusqu’au 15 janv. 2027, 13:00 CET.")
                .contains("href=\"http://localhost:8080/ballots/" + ballot + "\"");
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
        notices.queue(member, "COMMENT_DISPOSED", UUID.randomUUID(), Notices.params("roundId", UUID.randomUUID(),
                "standardId", UUID.randomUUID(), "reference", "TAWG 1", "disposition", "ACCEPTED"), "IMMEDIATE");

        sender.sendDue();
        sender.sendDue();
        Thread.sleep(PAST_A_SCHEDULED_RUN);

        assertThat(mailbox.to(Notices.address(member))).hasSize(1);
    }

    @Test
    void sendersRacing_sendEachNoticeOnce() throws Exception {
        UUID member = notices.member("race-" + UUID.randomUUID(), "Rae Race", "en", "UTC");
        List<UUID> queued = IntStream.range(0, 30).mapToObj(i -> {
            UUID ballot = UUID.randomUUID();
            return notices.queue(member, "BALLOT_OPENED", ballot, ballotOpened(ballot, "Ballot " + i), "IMMEDIATE");
        }).toList();

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
        UUID ballot = UUID.randomUUID();
        UUID notice = notices.queue(member, "BALLOT_OPENED", ballot, ballotOpened(ballot, "Ballot"), "IMMEDIATE",
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
        UUID ballot = UUID.randomUUID();
        UUID notice = notices.queue(member, "BALLOT_OPENED", ballot, ballotOpened(ballot, "Ballot"), "IMMEDIATE");

        await().atMost(EVENTUALLY).until(() -> notices.attempt(notice)[0].equals("FAILED"));
        Object[] attempt = notices.attempt(notice);
        assertThat(((Number) attempt[1]).intValue()).isEqualTo(5);
        assertThat((String) attempt[2]).isNotBlank();
    }

    @Test
    void aSecretBallotsClosingEmails_toTwoVotersWhoVotedDifferently_differOnlyInWhatIsTheirs() {
        String approverName = Notified.uniqueUsername();
        String disapproverName = Notified.uniqueUsername();
        UUID approver = notified.member(approverName, true);
        UUID disapprover = notified.member(disapproverName, true);
        for (UUID voter : List.of(approver, disapprover)) {
            notified.execute("insert into notifications.preference (member_id, kind, delivery) values ('" + voter
                    + "', 'BALLOT_CLOSED', 'IMMEDIATE')");
        }
        UUID ballot = electorate.ballot(electorate.committeeDraft(), "SIMPLE_MAJORITY", true);
        notified.awaitNotice(approver, "BALLOT_OPENED", ballot);
        notified.awaitNotice(disapprover, "BALLOT_OPENED", ballot);
        voting.cast(ballot, approverName, "APPROVE", "Ready to go");
        voting.cast(ballot, disapproverName, "DISAPPROVE", "Clause 2 is unclear");
        await().atMost(EVENTUALLY).until(() -> notified.count("select count(*) from notifications.ballot_voter"
                + " where ballot_id = '" + ballot + "' and voted") == 2);

        ballots.close(ballot, "The period is over", "mo");
        notified.awaitNotice(approver, "BALLOT_CLOSED", ballot);
        notified.awaitNotice(disapprover, "BALLOT_CLOSED", ballot);
        sender.sendDue();

        ReceivedMail toApprover = awaitClosingMail(approver, ballot);
        ReceivedMail toDisapprover = awaitClosingMail(disapprover, ballot);
        String title = notified.text("select title from notifications.ballot where id = '" + ballot + "'");
        assertThat(toApprover.subject()).isEqualTo("A ballot has ended: " + title)
                .isEqualTo(toDisapprover.subject());
        assertThat(toApprover.text()).containsAnyOf("The ballot passed.", "The ballot did not pass.")
                .contains("http://localhost:8080/ballots/" + ballot);
        assertThat(withoutRecipient(toApprover.text(), approver))
                .isEqualTo(withoutRecipient(toDisapprover.text(), disapprover));
        assertThat(withoutRecipient(toApprover.html(), approver))
                .isEqualTo(withoutRecipient(toDisapprover.html(), disapprover));
        for (ReceivedMail mail : List.of(toApprover, toDisapprover)) {
            assertThat(mail.subject() + mail.text() + mail.html()).as("no position, no reason")
                    .doesNotContainIgnoringCase("approve").doesNotContainIgnoringCase("abstain")
                    .doesNotContain("Ready to go").doesNotContain("Clause 2 is unclear");
        }
    }

    private static String ballotOpened(UUID ballot, String title) {
        return Notices.params("ballotId", ballot, "title", title, "closesAt", "2027-01-15T12:00:00Z");
    }

    /** The e-mail without what is the recipient's own: their name, their id and the signature of their link. */
    private String withoutRecipient(String body, UUID member) {
        String name = notified.text("select full_name from notifications.member where member_id = '" + member + "'");
        return body.replace(member.toString(), "MEMBER").replace(name, "NAME")
                .replaceAll("token=MEMBER\\.BALLOT_CLOSED\\.[A-Za-z0-9_-]+", "token=TOKEN");
    }

    /** The one e-mail of the member's notice that the ballot closed. */
    private ReceivedMail awaitClosingMail(UUID member, UUID ballot) {
        String address = notified.text("select email from notifications.member where member_id = '" + member + "'");
        String messageId = "<notice-" + notified.text("select id from notifications.notice where member_id = '"
                + member + "' and kind = 'BALLOT_CLOSED' and subject_id = '" + ballot + "'") + "@localhost>";
        await().atMost(EVENTUALLY).until(() -> mailbox.to(address).stream()
                .anyMatch(mail -> messageId.equals(mail.header("Message-ID"))));
        List<ReceivedMail> closing = mailbox.to(address).stream()
                .filter(mail -> messageId.equals(mail.header("Message-ID"))).toList();
        assertThat(closing).hasSize(1);
        return closing.getFirst();
    }

    private List<ReceivedMail> awaitMail(UUID member, int count) {
        await().atMost(EVENTUALLY).until(() -> mailbox.to(Notices.address(member)).size() >= count);
        return mailbox.to(Notices.address(member));
    }
}
