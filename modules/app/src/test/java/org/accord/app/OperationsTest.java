package org.accord.app;

import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class OperationsTest {

    @Test
    void readiness_coversDatabaseBrokerAndOutbox() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Outbox relay"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Reactive Messaging")));
    }

    @Test
    void liveness_isUp() {
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void metrics_includeOutboxBacklogPerModule() {
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("accord_outbox_pending{module=\"ping\""))
                .body(containsString("accord_outbox_lag_seconds"));
    }

    @Test
    void openApi_documentsTheApi() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/me"));
    }
}
