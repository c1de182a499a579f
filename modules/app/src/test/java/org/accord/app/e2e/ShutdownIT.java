package org.accord.app.e2e;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.accord.testing.AccordIntegrationStack;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM under load stops the packaged application quickly and cleanly: the ballot clock and the outbox relay tick
 * every second, members keep sending requests, and what was in flight when the signal came is answered.
 */
class ShutdownIT {

    private static final int MEMBERS = 24;
    private static final Duration STOP_WITHIN = Duration.ofSeconds(10);

    /** One request as the member saw it. */
    record Outcome(Instant sent, Instant ended, int status, Exception failure) {
    }

    @Test
    void sigterm_underLoad_stopsWithinTenSeconds_withoutErrors_answeringRequestsInFlight() throws Exception {
        Map<String, String> config = new HashMap<>(new AccordIntegrationStack().start());
        config.put("accord.voting.clock-interval", "1s");
        config.put("accord.outbox.poll-interval", "1s");
        String token = Tokens.forUser(config.get("quarkus.oidc.auth-server-url"), "ada", Tokens.DEMO_PASSWORD);
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        try (PackagedApp app = PackagedApp.start("shutdown", config).awaitReady(Duration.ofMinutes(2))) {
            AtomicBoolean refused = new AtomicBoolean();
            ExecutorService members = Executors.newFixedThreadPool(MEMBERS);
            for (int i = 0; i < MEMBERS; i++) {
                List<URI> pages = List.of(app.url("/"), app.url("/api/me"));
                members.execute(() -> keepAsking(pages, token, outcomes, refused));
            }
            Thread.sleep(Duration.ofSeconds(4)); // the clock and the relay tick meanwhile

            Instant signalled = Instant.now();
            app.terminate();
            boolean exited = app.awaitExit(STOP_WITHIN);
            Duration stopped = Duration.between(signalled, Instant.now());
            members.shutdown();
            assertThat(members.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            assertThat(exited).as("stopped within %s, log:%n%s", STOP_WITHIN, app.log()).isTrue();
            assertThat(app.log().lines().filter(line -> line.contains("ERROR") || line.contains("After Shutdown")))
                    .as("errors in the log, stopped in %s", stopped).isEmpty();
            List<Outcome> inFlight = outcomes.stream()
                    .filter(outcome -> outcome.sent().isBefore(signalled) && outcome.ended().isAfter(signalled))
                    .toList();
            assertThat(inFlight).as("requests in flight at SIGTERM").isNotEmpty()
                    .allSatisfy(outcome -> assertThat(outcome.failure()).as("cut off").isNull())
                    .allSatisfy(outcome -> assertThat(outcome.status()).isIn(200, 503));
            assertThat(inFlight).as("answered after SIGTERM").anyMatch(outcome -> outcome.status() == 200);
            assertThat(outcomes).as("answered before SIGTERM")
                    .anyMatch(outcome -> outcome.ended().isBefore(signalled) && outcome.status() == 200);
        }
    }

    private static void keepAsking(List<URI> pages, String token, ConcurrentLinkedQueue<Outcome> outcomes,
            AtomicBoolean refused) {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; !refused.get(); i++) {
            HttpRequest request = HttpRequest.newBuilder(pages.get(i % pages.size()))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(20)).build();
            Instant sent = Instant.now();
            try {
                int status = client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
                outcomes.add(new Outcome(sent, Instant.now(), status, null));
            } catch (ConnectException e) {
                refused.set(true); // the application no longer listens
            } catch (IOException e) {
                outcomes.add(new Outcome(sent, Instant.now(), 0, e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
