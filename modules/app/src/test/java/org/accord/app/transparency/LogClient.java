package org.accord.app.transparency;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A client of the public log with an address of its own (forwarded by the trusted test connection), so that its
 * requests spend no other test's share of the rate limit.
 */
final class LogClient {

    static final String API = "/api/public/log";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final String address;

    LogClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        this.address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    String address() {
        return address;
    }

    RequestSpecification given() {
        return RestAssured.given().header("X-Forwarded-For", address);
    }

    long size() {
        return given().queryParam("limit", 1).get(API + "/entries").then().statusCode(200).extract().jsonPath()
                .getLong("treeSize");
    }

    /** The latest signed head once it covers at least {@code size} entries. */
    JsonPath awaitHeadCovering(long size) {
        return Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(this::latestHead,
                head -> head != null && head.getLong("treeSize") >= size);
    }

    /** The latest signed head, or null while none is signed. */
    private JsonPath latestHead() {
        Response latest = given().get(API + "/heads/latest");
        return latest.statusCode() == 200 ? latest.jsonPath() : null;
    }
}
