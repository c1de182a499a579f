package org.accord.app.notifications;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.accord.notifications.internal.app.MailSender;
import org.accord.testing.AccordTestStack;
import org.accord.testing.Mailbox;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The demo's mail page: admins read what the local SMTP server received; no one else. */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class DemoMailPageTest {

    @Inject
    EntityManager entityManager;
    @Inject
    MailSender sender;

    @Test
    @TestSecurity(user = "ada-mail", roles = {"member", "admin"})
    void anAdmin_seesTheMessagesReceived_andTheQueue() {
        Notices notices = new Notices(entityManager);
        UUID member = notices.member("demo-" + UUID.randomUUID(), "Dora Demo", "en", "UTC");
        notices.queue(member, "BALANCE_ALERT", null, Notices.params("ruleId", "industry-share"), "IMMEDIATE");
        sender.sendDue();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !Mailbox.ofTestStack().to(Notices.address(member)).isEmpty());

        String page = given().when().get("/admin/mail").then().statusCode(200).extract().asString();

        assertThat(page).as("the queue, whose newest rows other mail may have pushed ours out of")
                .contains("<table class=\"data\" id=\"mail-queue\">");
        assertThat(messageTo(page, Notices.address(member))).contains("<h2>A balance alert was raised</h2>")
                .contains("The rule “industry-share” does not hold.", "http://localhost:8080/balance")
                .contains("<code>List-Unsubscribe</code>: &lt;http://localhost:8080/notifications/unsubscribe?token="
                        + member
                        + ".BALANCE_ALERT.");
    }

    @Test
    @TestSecurity(user = "mo-mail", roles = {"member", "moderator"})
    void aMember_isRefused() {
        given().when().get("/admin/mail").then().statusCode(403);
    }

    /** The one message the page shows to that address. */
    private static String messageTo(String page, String address) {
        List<String> messages = Arrays.stream(page.split("<article class=\"mail\">")).skip(1)
                .map(message -> message.substring(0, message.indexOf("</article>")))
                .filter(message -> message.contains(address)).toList();
        assertThat(messages).hasSize(1);
        return messages.getFirst();
    }
}
