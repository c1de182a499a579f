package org.accord.app.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.accord.notifications.internal.app.MailSender;
import org.accord.testing.AccordTestStack;
import org.accord.testing.Mailbox;
import org.accord.testing.ReceivedMail;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Daily digests: one e-mail per member at the digest hour (7:00) of their own time zone, none before. */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class DigestTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Inject
    EntityManager entityManager;
    @Inject
    MailSender sender;

    private final Mailbox mailbox = Mailbox.ofTestStack();

    @Test
    void threeDigestNotices_areOneEmail_atTheDigestHourOfTheMembersZone_andNoneBefore() {
        Notices notices = new Notices(entityManager);
        UUID member = notices.member("digest-" + UUID.randomUUID(), "Dee Digest", "de", NEW_YORK.getId());
        UUID round = UUID.randomUUID();
        UUID standard = UUID.randomUUID();
        UUID ballot = UUID.randomUUID();
        List<UUID> queued = List.of(
                notices.queue(member, "ROUND_OPENED", round, Notices.params("roundId", round, "reference", "TAWG 1",
                        "title", "Comments on WD 3", "label", "WD 3", "closesAt", "2027-01-15T12:00:00Z"), "DIGEST"),
                notices.queue(member, "STAGE_CHANGED", standard, Notices.params("standardId", standard, "reference",
                        "TAWG 1", "title", "AI terminology", "from", "WORKING_DRAFT", "to", "COMMITTEE_DRAFT"),
                        "DIGEST"),
                notices.queue(member, "BALLOT_CLOSED", ballot, Notices.params("ballotId", ballot, "title",
                        "Approval of TAWG 1 CD 1", "outcome", "PASSED"), "DIGEST"));
        Instant digestHour = nextSevenOClock(NEW_YORK);

        sender.sendDigestsDue(digestHour.minusSeconds(1));
        assertThat(mailbox.to(Notices.address(member))).isEmpty();
        assertThat(queued).allSatisfy(notice -> assertThat(notices.status(notice)).isEqualTo("PENDING"));

        sender.sendDigestsDue(digestHour.plusSeconds(1));
        sender.sendDigestsDue(digestHour.plusSeconds(2));

        await().atMost(Duration.ofSeconds(30)).until(() -> !mailbox.to(Notices.address(member)).isEmpty());
        List<ReceivedMail> received = mailbox.to(Notices.address(member));
        assertThat(received).hasSize(1);
        ReceivedMail digest = received.getFirst();
        assertThat(digest.subject()).isEqualTo("Accord: 3 Benachrichtigungen seit Ihrer letzten Zusammenfassung");
        assertThat(digest.text()).contains("Guten Tag Dee Digest,")
                .contains("Eine Kommentierungsrunde zu TAWG 1 ist eröffnet: Comments on WD 3",
                        "Kommentare zu WD 3 sind bis 15. Jan. 2027, 07:00 EST möglich.",
                        "http://localhost:8080/rounds/" + round)
                .contains("TAWG 1 hat eine neue Stufe erreicht",
                        "AI terminology: von Arbeitsentwurf zu Komiteeentwurf.",
                        "http://localhost:8080/standards/" + standard)
                .contains("Eine Abstimmung ist beendet: Approval of TAWG 1 CD 1", "Die Vorlage ist angenommen.",
                        "http://localhost:8080/ballots/" + ballot);
        assertThat(digest.html()).contains("Eine Kommentierungsrunde zu TAWG 1 ist eröffnet: Comments on WD 3",
                "href=\"http://localhost:8080/standards/" + standard + "\"", "Die Vorlage ist angenommen.");
        assertThat(digest.header("List-Unsubscribe")).contains("token=" + member + ".all.");
        assertThat(digest.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(queued).allSatisfy(notice -> assertThat(notices.status(notice)).isEqualTo("SENT"));
    }

    private static Instant nextSevenOClock(ZoneId zone) {
        ZonedDateTime now = ZonedDateTime.now(zone);
        ZonedDateTime today = now.toLocalDate().atTime(LocalTime.of(7, 0)).atZone(zone);
        return (today.isAfter(now) ? today : today.plusDays(1)).toInstant();
    }
}
