package org.accord.app.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * E-mails and the inbox in the language and time zone of the member's profile, as the platform's
 * {@code LanguagePreferences} tell them (here a stand-in the test sets), chosen when the e-mail leaves; the e-mail
 * settings' own choice wins over the profile's.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
@TestProfile(EmailsInTheReadersLanguageTest.WithProfiles.class)
class EmailsInTheReadersLanguageTest {

    /** The application with members' profiles the test sets. */
    public static class WithProfiles implements QuarkusTestProfile {

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(ProfileLanguages.class);
        }
    }

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String INBOX_READER = "gisela.profile@example.org";

    @Inject
    EntityManager entityManager;
    @Inject
    MailSender sender;
    @Inject
    ProfileLanguages profiles;

    private final Mailbox mailbox = Mailbox.ofTestStack();

    @Test
    void anEmail_toAMemberWhoseProfileIsGerman_isInGerman_withTimesInTheirZone_asTheProfileSaysWhenItLeaves() {
        Notices notices = new Notices(entityManager);
        String username = "profile-" + UUID.randomUUID();
        UUID member = UUID.randomUUID();
        profiles.choose(username, Locale.FRENCH, ZoneId.of("Europe/Paris"));
        UUID ballot = UUID.randomUUID();
        // Queued before the member is known here, so that it waits, whatever the sender's clock does meanwhile.
        notices.queue(member, "BALLOT_OPENED", ballot, Notices.params("ballotId", ballot, "title",
                "Approval of TAWG 1 CD 1", "closesAt", "2027-01-15T12:00:00Z"), "IMMEDIATE");
        profiles.choose(username, Locale.GERMAN, BERLIN);
        notices.member(member, username, "Gisela Beispiel", null, null);

        sender.sendDue();

        ReceivedMail mail = onlyMailTo(member);
        assertThat(mail.subject()).isEqualTo("Eine Abstimmung ist eröffnet: Approval of TAWG 1 CD 1");
        for (String body : List.of(mail.text(), mail.html())) {
            assertThat(body).contains("Guten Tag Gisela Beispiel,",
                    "Sie können bis 15. Jan. 2027, 13:00 MEZ abstimmen.", "In Accord öffnen",
                    "Diese E-Mails abbestellen")
                    .doesNotContain("Vous", "You may vote", "UTC");
        }
    }

    @Test
    void theEmailSettingsLanguage_winsOverTheProfiles_whileTheZoneStillComesFromTheProfile() {
        Notices notices = new Notices(entityManager);
        String username = "override-" + UUID.randomUUID();
        UUID member = notices.member(username, "Frida Vorrang", "fr", null);
        profiles.choose(username, Locale.GERMAN, BERLIN);
        UUID ballot = UUID.randomUUID();
        notices.queue(member, "BALLOT_OPENED", ballot, Notices.params("ballotId", ballot, "title", "Approval",
                "closesAt", "2027-01-15T12:00:00Z"), "IMMEDIATE");

        sender.sendDue();

        ReceivedMail mail = onlyMailTo(member);
        assertThat(mail.subject()).isEqualTo("Un scrutin est ouvert\u00a0: Approval");
        assertThat(mail.text()).contains("Vous pouvez voter jusqu’au 15 janv. 2027, 13:00 CET.");
    }

    @Test
    void aDigest_leavesAtTheDigestHourOfTheProfilesZone_inTheProfilesLanguage() {
        Notices notices = new Notices(entityManager);
        String username = "digest-profile-" + UUID.randomUUID();
        UUID member = notices.member(username, "Dana Zusammenfassung", null, null);
        profiles.choose(username, Locale.GERMAN, NEW_YORK);
        UUID round = UUID.randomUUID();
        notices.queue(member, "ROUND_OPENED", round, Notices.params("roundId", round, "reference", "TAWG 1", "title",
                "Comments on WD 3", "label", "WD 3", "closesAt", "2027-01-15T12:00:00Z"), "DIGEST");
        Instant digestHour = nextSevenOClock(NEW_YORK);

        sender.sendDigestsDue(digestHour.minusSeconds(1));
        assertThat(mailbox.to(Notices.address(member))).isEmpty();
        sender.sendDigestsDue(digestHour.plusSeconds(1));

        ReceivedMail digest = onlyMailTo(member);
        assertThat(digest.subject()).isEqualTo("Accord: 1 Benachrichtigung seit Ihrer letzten Zusammenfassung");
        assertThat(digest.text()).contains("Kommentare zu WD 3 sind bis 15. Jan. 2027, 07:00 EST möglich.");
    }

    @Test
    @TestSecurity(user = INBOX_READER, roles = "member")
    void theInbox_ofAMemberWhoseProfileIsGerman_isInGerman_withTimesInTheirZone() {
        Notices notices = new Notices(entityManager);
        UUID member = notices.member(INBOX_READER, "Gisela Posteingang", null, null);
        profiles.choose(INBOX_READER, Locale.GERMAN, BERLIN);
        UUID ballot = UUID.randomUUID();
        UUID notice = notices.queue(member, "BALLOT_OPENED", ballot, Notices.params("ballotId", ballot, "title",
                "Approval", "closesAt", "2027-01-15T12:00:00Z"), "DIGEST");

        given().header("Accept-Language", "en").when().get("/api/notifications").then().statusCode(200)
                .body("items.find { it.id == '" + notice + "' }.line",
                        equalTo("Sie können bis 15. Jan. 2027, 13:00 MEZ abstimmen."));
        given().header("Accept-Language", "en").when().get("/notifications").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("<h1>Posteingang</h1>"));
    }

    private ReceivedMail onlyMailTo(UUID member) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !mailbox.to(Notices.address(member)).isEmpty());
        List<ReceivedMail> received = mailbox.to(Notices.address(member));
        assertThat(received).hasSize(1);
        return received.getFirst();
    }

    private static Instant nextSevenOClock(ZoneId zone) {
        ZonedDateTime now = ZonedDateTime.now(zone);
        ZonedDateTime today = now.toLocalDate().atTime(LocalTime.of(7, 0)).atZone(zone);
        return (today.isAfter(now) ? today : today.plusDays(1)).toInstant();
    }
}
