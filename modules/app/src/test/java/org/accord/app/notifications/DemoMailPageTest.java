package org.accord.app.notifications;

import java.time.Duration;
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
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

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
        notices.queue(member, "BALANCE_ALERT", null, "{\"title\": \"Industry share over 40%\"}", "IMMEDIATE");
        sender.sendDue();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !Mailbox.ofTestStack().to(Notices.address(member)).isEmpty());

        given().when().get("/admin/mail").then().statusCode(200)
                .body(containsString("Balance alert: Industry share over 40%"))
                .body(containsString(Notices.address(member)))
                .body(containsString("List-Unsubscribe: &lt;http://localhost:8080/notifications/unsubscribe?token="));
    }

    @Test
    @TestSecurity(user = "mo-mail", roles = {"member", "moderator"})
    void aMember_isRefused() {
        given().when().get("/admin/mail").then().statusCode(403);
    }
}
