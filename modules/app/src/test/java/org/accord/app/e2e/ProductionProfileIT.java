package org.accord.app.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.accord.testing.AccordIntegrationStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The packaged application in its production profile, the one an operator runs, started as its own process. */
class ProductionProfileIT {

    private static final List<String> SECRETS = List.of("ACCORD_OIDC_SECRET", "ACCORD_ADMIN_CLIENT_SECRET",
            "ACCORD_BALLOT_BOX_KEY", "ACCORD_CURSOR_KEY", "ACCORD_SIGNING_KEYSTORE",
            "ACCORD_SIGNING_KEYSTORE_PASSWORD", "ACCORD_TRANSPARENCY_SIGNING_KEY", "ACCORD_UNSUBSCRIBE_KEY",
            "ACCORD_SESSION_KEY");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, String> stack;

    @BeforeAll
    static void startStack() {
        stack = new AccordIntegrationStack().start();
    }

    @Test
    void withoutItsSecrets_refusesToStart_namingEachMissingOne() throws InterruptedException {
        Map<String, String> config = new HashMap<>(stack);
        SECRETS.forEach(config::remove);
        config.remove("accord.voting.ballot-box-key");
        config.remove("accord.transparency.signing-key");
        try (PackagedApp app = PackagedApp.start("without-secrets", config)) {
            assertThat(app.awaitExit(Duration.ofSeconds(90))).as("exited").isTrue();
            assertThat(app.exitValue()).isNotZero();
            assertThat(app.log()).contains("Configuration validation failed").contains(SECRETS);
        }
    }

    @Test
    void publicPort_hasNoSwaggerUiNorMetrics_whichTheManagementPortServes() throws Exception {
        try (PackagedApp app = PackagedApp.start("production", stack).awaitReady(Duration.ofMinutes(2))) {
            assertThat(status(app.url("/q/swagger-ui/"))).isEqualTo(404);
            assertThat(status(app.managementUrl("/q/swagger-ui/"))).isEqualTo(404);
            assertThat(status(app.url("/q/metrics"))).isEqualTo(404);
            assertThat(status(app.url("/q/health/ready"))).isEqualTo(404);
            HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(app.managementUrl("/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("accord_outbox_pending");
        }
    }

    @Test
    void logsAreJsonLines_andALineLoggedForARequestNamesItsTraceAndSpan() throws Exception {
        Map<String, String> config = new HashMap<>(stack);
        // A refused bearer token is logged only at DEBUG, while the request's span is current.
        config.put("quarkus.log.category.\"io.quarkus.oidc\".level", "DEBUG");
        String traceId = UUID.randomUUID().toString().replace("-", "");
        try (PackagedApp app = PackagedApp.start("production-logs", config).awaitReady(Duration.ofMinutes(2))) {
            HttpRequest refused = HttpRequest.newBuilder(app.url("/api/me")).header("Authorization", "Bearer forged")
                    .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-00").build();
            assertThat(HTTP.send(refused, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);

            await().atMost(Duration.ofSeconds(10)).until(() -> app.log().contains(traceId));
            List<JsonNode> lines = app.log().lines().filter(line -> line.startsWith("{")).map(this::read).toList();
            assertThat(lines).as("JSON lines").hasSizeGreaterThan(10)
                    .allSatisfy(line -> assertThat(line.path("level").asText()).isNotEmpty())
                    .anySatisfy(line -> assertThat(line.path("message").asText()).contains("started in"));
            assertThat(app.log()).as("text lines of the demo format").doesNotContain(" INFO  [");
            assertThat(lines).as("a line logged while the request was handled")
                    .anySatisfy(line -> {
                        assertThat(line.path("mdc").path("traceId").asText()).isEqualTo(traceId);
                        assertThat(line.path("mdc").path("spanId").asText()).matches("[0-9a-f]{16}")
                                .isNotEqualTo("00f067aa0ba902b7");
                    });
        }
    }

    private JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("Not a JSON line: " + line, e);
        }
    }

    private static int status(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
