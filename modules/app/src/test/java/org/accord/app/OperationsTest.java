package org.accord.app;

import java.net.URL;

import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;

/** Health, metrics and the OpenAPI document are served on the management interface, not on the public port. */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class OperationsTest {

    // Relative to the management interface's root, /q
    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;
    @TestHTTPResource(value = "/health/live", management = true)
    URL liveness;
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;
    @TestHTTPResource(value = "/openapi", management = true)
    URL openApi;

    @Test
    void readiness_coversDatabaseBrokerAndOutbox() {
        given().when().get(readiness).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Outbox relay"))
                .body("checks.name", hasItem(containsString("Reactive Messaging")));
    }

    @Test
    void liveness_isUp() {
        given().when().get(liveness).then().statusCode(200);
    }

    @Test
    void metrics_includeOutboxBacklogPerModule() {
        given().when().get(metrics).then().statusCode(200)
                .body(containsString("accord_outbox_pending{module=\"ping\""))
                .body(containsString("accord_outbox_lag_seconds"));
    }

    /** The metrics deploy/k8s's alerts and deploy/grafana's dashboard read besides Accord's own (MonitoringTest). */
    @Test
    void metrics_includeWhatTheAlertsAndTheDashboardRead() {
        given().when().get("/").then().statusCode(200);

        given().when().get(metrics).then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{"))
                .body(containsString("http_server_requests_seconds_sum{"))
                .body(containsString("jvm_memory_used_bytes{area=\"heap\""))
                .body(containsString("jvm_memory_max_bytes{area=\"heap\""))
                .body(containsString("process_cpu_usage"))
                .body(containsString(
                        "scheduled_methods_seconds_count{class=\"org.accord.voting.internal.app.BallotClock\""))
                .body(containsString("accord_consumer_lag{"))
                .body(containsString("accord_consumer_dead_letters{"));
    }

    @Test
    void openApi_documentsTheApi() {
        given().queryParam("format", "json").when().get(openApi).then().statusCode(200)
                .body("paths", hasKey("/api/me"));
    }

    @Test
    void publicPort_servesNoOperationsEndpoints() {
        for (String path : new String[]{"/q/metrics", "/q/health/ready", "/q/openapi"}) {
            given().redirects().follow(false).when().get(path).then().statusCode(404);
        }
    }
}
