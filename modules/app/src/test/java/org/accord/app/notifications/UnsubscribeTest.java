package org.accord.app.notifications;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.accord.notifications.internal.app.MailSender;
import org.accord.notifications.internal.domain.NoticeKind;
import org.accord.notifications.internal.domain.UnsubscribeToken;
import org.accord.testing.AccordTestStack;
import org.accord.testing.Mailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * RFC 8058 one-click unsubscribe: the link of an e-mail works with neither session nor CSRF token, and a forged,
 * altered or borrowed link is refused and changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class UnsubscribeTest {

    @Inject
    EntityManager entityManager;
    @Inject
    MailSender sender;

    private Notices notices;
    private UUID member;
    private String link;

    @BeforeEach
    void anEmailWithItsLink() {
        notices = new Notices(entityManager);
        member = notices.member("unsub-" + UUID.randomUUID(), "Una Sub", "en", "UTC");
        UUID ballot = UUID.randomUUID();
        notices.queue(member, "BALLOT_OPENED", ballot, Notices.params("ballotId", ballot, "title",
                "Approval of TAWG 1 CD 1", "closesAt", "2027-01-15T12:00:00Z"), "IMMEDIATE");
        sender.sendDue();
        Mailbox mailbox = Mailbox.ofTestStack();
        await().atMost(Duration.ofSeconds(30)).until(() -> !mailbox.to(Notices.address(member)).isEmpty());
        String header = mailbox.to(Notices.address(member)).getFirst().header("List-Unsubscribe");
        URI uri = URI.create(header.substring(1, header.length() - 1));
        link = uri.getRawPath() + "?" + uri.getRawQuery();
    }

    @Test
    void oneClickPost_withoutSessionOrCsrfToken_turnsThatKindOff_andWithdrawsItsPendingEmails() {
        UUID ballot = UUID.randomUUID();
        UUID pending = notices.queue(member, "BALLOT_OPENED", ballot, Notices.params("ballotId", ballot, "title",
                "Approval of TAWG 1 CD 2", "closesAt", "2027-02-15T12:00:00Z"), "DIGEST");
        UUID standard = UUID.randomUUID();
        UUID otherKind = notices.queue(member, "STAGE_CHANGED", standard, Notices.params("standardId", standard,
                "reference", "TAWG 1", "title", "AI terminology", "from", "WORKING_DRAFT", "to", "COMMITTEE_DRAFT"),
                "DIGEST");

        given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click").when().post(link).then()
                .statusCode(200).body(containsString("You no longer receive e-mails about “Ballot opened”."));

        assertThat(notices.preferences(member)).isEqualTo("BALLOT_OPENED=OFF;en,UTC");
        assertThat(notices.status(pending)).isNull();
        assertThat(notices.status(otherKind)).isEqualTo("PENDING");
        given().when().get(link).then().statusCode(200).body(containsString("You no longer receive"));
    }

    @Test
    void theLinksPage_asksBeforeChangingAnything() {
        given().when().get(link).then().statusCode(200)
                .body(containsString("Stop e-mails about “Ballot opened”?"))
                .body(containsString("method=\"post\" action=\"" + link.replace("&", "&amp;") + "\""));
        assertThat(notices.preferences(member)).isEqualTo(";en,UTC");
    }

    @Test
    void aForgedAlteredOrBorrowedLink_isRefused_andChangesNothing() {
        String token = link.substring(link.indexOf("token=") + "token=".length());
        String signature = token.substring(token.lastIndexOf('.') + 1);
        UUID otherMember = notices.member("other-" + UUID.randomUUID(), "Otto Other", "en", "UTC");
        String[] forged = {
                token.replace("BALLOT_OPENED", "BALLOT_CLOSED"),
                token.replace("BALLOT_OPENED", "all"),
                otherMember + ".BALLOT_OPENED." + signature,
                token.substring(0, token.length() - 3),
                UnsubscribeToken.of(otherMember, NoticeKind.BALLOT_OPENED)
                        .sign("not the server's key".getBytes(StandardCharsets.UTF_8)),
                "garbage", ""};

        for (String attempt : forged) {
            String path = "/notifications/unsubscribe?token=" + attempt;
            given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click").when().post(path)
                    .then().statusCode(400).body(containsString("This unsubscribe link is not valid"))
                    .body(not(containsString("You no longer receive")));
            given().when().get(path).then().statusCode(400);
        }
        given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click").when()
                .post("/notifications/unsubscribe").then().statusCode(400);

        assertThat(notices.preferences(member)).isEqualTo(";en,UTC");
        assertThat(notices.preferences(otherMember)).isEqualTo(";en,UTC");
    }
}
