package org.accord.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The external load generator as the benchmarks drive it, against a small server that records what it receives. */
class WrkTest {

    private final Set<String> received = ConcurrentHashMap.newKeySet();
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void eachRequest_takesTheNextMembersToken_pathAndBody() {
        Sample sample = Wrk.run(new Wrk.Load("PUT", base(), List.of("/a", "/b"), List.of("t1", "t2", "t3"),
                List.of("{\"position\":\"APPROVE\"}"), 4, Duration.ofSeconds(1)));

        assertThat(received).contains("PUT /a Bearer t1 application/json {\"position\":\"APPROVE\"}",
                "PUT /b Bearer t2 application/json {\"position\":\"APPROVE\"}",
                "PUT /a Bearer t3 application/json {\"position\":\"APPROVE\"}",
                "PUT /b Bearer t1 application/json {\"position\":\"APPROVE\"}");
        assertThat(sample.value()).isPositive();
        assertThat(sample.p50()).isPositive().isLessThanOrEqualTo(sample.p99());
        assertThat(sample.generatorCpu()).isBetween(0.0, 1.0);
    }

    @Test
    void aRunWithRefusedRequests_measuresNothing() {
        assertThatThrownBy(() -> Wrk.run(Wrk.Load.get(base(), List.of("/"), List.of("refused"), 2,
                Duration.ofSeconds(1)))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("failed requests");
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        try (InputStream body = exchange.getRequestBody()) {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + authorization + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
        exchange.sendResponseHeaders("Bearer refused".equals(authorization) ? 401 : 200, -1);
        exchange.close();
    }
}
