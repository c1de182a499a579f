package org.accord.app.transparency;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.accord.testing.AccordTestStack;
import org.accord.transparency.internal.app.LogAppender;
import org.accord.transparency.internal.policy.PublicEntry;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import static org.accord.app.transparency.LogClient.API;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * One client address that floods the public API is held to its share (429 with Retry-After, as problem+json, on the API
 * and on the feeds alike), while another address is served as before; after the wait it names, it is served again.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class PublicLogRateLimitTest {

    /** More than a burst and the refill during it could ever allow at the configured 120 and 20/s. */
    private static final int FLOOD = 2000;
    /** Tokens come back at 20/s, so a client that just emptied its bucket gets a few more at most. */
    private static final int AFTER_REFILL = 30;

    @Inject
    LogAppender appender;

    @Test
    void aFloodingClient_isRefusedWithRetryAfter_whileAnotherIsServed_andIsServedAgainAfterTheWait()
            throws InterruptedException {
        UUID standard = UUID.randomUUID();
        appender.append(UUID.randomUUID(),
                new PublicEntry("test.limited", Instant.parse("2026-06-01T09:00:00Z"), standard, Map.of()));
        LogClient flooding = new LogClient();
        LogClient other = new LogClient();

        Flood key = flood(flooding, API + "/key", FLOOD);
        other.given().get(API + "/key").then().statusCode(200);
        assertThat(key.served()).as("the burst is served first").isGreaterThanOrEqualTo(120);
        key.refused().then().contentType("application/problem+json").body("status", equalTo(429))
                .body("title", equalTo("Too Many Requests")).body("detail", containsString("try again in"))
                .body("instance", equalTo(API + "/key"));
        long retryAfter = Long.parseLong(key.refused().header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        Flood feed = flood(flooding, "/transparency/standards/" + standard + "/feed", AFTER_REFILL);
        feed.refused().then().contentType("application/problem+json").header("Retry-After", notNullValue());
        flood(flooding, API + "/entries", AFTER_REFILL);
        flooding.given().get("/transparency").then().statusCode(200);
        other.given().get("/transparency/standards/" + standard + "/feed").then().statusCode(200);

        flood(flooding, API + "/key", AFTER_REFILL);
        Thread.sleep(retryAfter * 1000);
        flooding.given().get(API + "/key").then().statusCode(200);
    }

    /** Sends requests until one is refused, at most {@code most}; every one before it must be served. */
    private static Flood flood(LogClient client, String path, int most) {
        int served = 0;
        for (int i = 0; i < most; i++) {
            Response response = client.given().get(path);
            if (response.statusCode() == 429) {
                return new Flood(served, response);
            }
            assertThat(response.statusCode()).as("%s before the limit", path).isEqualTo(200);
            served++;
        }
        throw new AssertionError(path + " was never refused in " + most + " requests");
    }

    private record Flood(int served, Response refused) {
    }
}
