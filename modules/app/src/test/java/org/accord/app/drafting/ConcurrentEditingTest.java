package org.accord.app.drafting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.accord.drafting.internal.app.Actor;
import org.accord.drafting.internal.app.ClauseEditing;
import org.accord.drafting.internal.app.StandardsAdministration;
import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Many editors change one standard at the same moment, over HTTP, from real threads. */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class ConcurrentEditingTest {

    private static final Actor ELI = new Actor("eli", Set.of("member", "editor"));
    private static final int CHANGES = 200;
    private static final int READS = 200;

    @TestHTTPResource("/")
    URI base;
    @Inject
    StandardsAdministration standards;
    @Inject
    ClauseEditing editing;
    @Inject
    DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void twoHundredMovesAndRemovalsAtOnce_leaveAValidTree_andEveryReadDuringAndAfterWorks() throws Exception {
        UUID id = standards.create(ELI, "C" + UUID.randomUUID().toString().substring(0, 8), "Concurrent outline", "",
                List.of());
        List<UUID> clauses = outline(id);
        Random random = new Random(42);
        List<Callable<Integer>> changes = new ArrayList<>();
        for (int i = 0; i < CHANGES; i++) {
            UUID clause = pick(random, clauses);
            if (random.nextInt(12) == 0) {
                changes.add(() -> send("DELETE", "/api/standards/" + id + "/clauses/" + clause
                        + "?rationale=Concurrent%20removal", null));
            } else {
                UUID parent = random.nextInt(5) == 0 ? null : pick(random, clauses);
                UUID before = random.nextInt(4) > 0 ? null : pick(random, clauses);
                changes.add(() -> send("POST", "/api/standards/" + id + "/clauses/" + clause + "/move",
                        "{" + field("parentId", parent) + "," + field("beforeId", before) + "}"));
            }
        }

        List<Callable<Integer>> reads = new ArrayList<>();
        for (int i = 0; i < READS; i++) {
            String read = i % 2 == 0
                    ? "/api/standards/" + id
                    : "/api/standards/" + id + "/clauses/" + pick(random, clauses);
            reads.add(() -> send("GET", read, null));
        }

        List<Callable<Integer>> racing = new ArrayList<>(changes);
        racing.addAll(reads);
        java.util.Collections.shuffle(racing, random);
        Map<Integer, Integer> statuses = new HashMap<>();
        allAtOnce(racing, 16).forEach(status -> statuses.merge(status, 1, Integer::sum));

        assertThat(statuses).as("statuses of %s changes and %s reads racing them", CHANGES, READS)
                .containsOnlyKeys(200, 400, 404).extractingByKey(200)
                .satisfies(done -> assertThat(done).isGreaterThan(CHANGES / 5 + READS / 2));
        JsonPath standard = given().when().get("/api/standards/" + id).then().statusCode(200).extract().jsonPath();
        assertValidOutline(standard.getList("clauses"));
        given().when().get("/standards/" + id).then().statusCode(200);
        given().when().get("/api/standards/" + id + "/history").then().statusCode(200);
        String version = given().contentType(ContentType.JSON).when().post("/api/standards/" + id + "/versions")
                .then().statusCode(201).extract().path("id");
        given().when().get("/api/standards/" + id + "/versions").then().statusCode(200);
        given().when().get("/api/standards/" + id + "/versions/" + version).then().statusCode(200);
        given().when().get("/standards/" + id + "/versions/" + version).then().statusCode(200);
        given().when().get("/api/standards/" + id + "/versions/" + version + "/markdown").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void twoEditorsSavingOneClauseAtOnce_oneWins_theOtherGets409WithTheWinningText() throws Exception {
        UUID id = standards.create(ELI, "R" + UUID.randomUUID().toString().substring(0, 8), "Race", "", List.of());
        UUID clause = editing.add(ELI, id, null, 0, "CLAUSE", "Openness", "Weights are published.");
        for (int round = 1; round <= 10; round++) {
            String wording = " wording " + round;
            String base = given().when().get("/api/standards/" + id + "/clauses/" + clause).then().extract()
                    .path("clause.revisionId");
            List<Callable<HttpResponse<String>>> saves = new ArrayList<>();
            for (String who : List.of("Ann", "Ben")) {
                saves.add(() -> exchange("PUT", "/api/standards/" + id + "/clauses/" + clause, "{\"baseRevisionId\":\""
                        + base + "\",\"heading\":\"Openness\",\"text\":\"" + who + wording
                        + "\",\"rationale\":\"" + who + "\"}"));
            }

            List<HttpResponse<String>> answers = allAtOnce(saves);

            assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
            HttpResponse<String> refused = answers.stream().filter(a -> a.statusCode() == 409).findFirst()
                    .orElseThrow();
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            String current = given().when().get("/api/standards/" + id + "/clauses/" + clause).then().extract()
                    .path("clause.text");
            assertThat(JsonPath.from(refused.body()).getString("current.text")).isEqualTo(current);
        }
        given().when().get("/api/standards/" + id + "/clauses/" + clause).then().statusCode(200)
                .body("revisions.size()", org.hamcrest.Matchers.equalTo(11));
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void twoEditorsSavingOneClauseAtOnceInTheBrowser_theLoserSeesBothTextsAndKeepsHers() throws Exception {
        UUID id = standards.create(ELI, "B" + UUID.randomUUID().toString().substring(0, 8), "Race", "", List.of());
        UUID clause = editing.add(ELI, id, null, 0, "CLAUSE", "Openness", "Weights are published.");
        io.restassured.response.Response page = given().when().get("/standards/" + id + "/clauses/" + clause);
        String cookie = page.getCookie("accord-csrf");
        String token = DraftingPagesTest.csrfToken(page.asString());
        String base = given().when().get("/api/standards/" + id + "/clauses/" + clause).then().extract()
                .path("clause.revisionId");
        List<Callable<HttpResponse<String>>> saves = new ArrayList<>();
        for (String who : List.of("Ann", "Ben")) {
            saves.add(() -> http.send(HttpRequest.newBuilder(base("/standards/" + id + "/clauses/" + clause))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "accord-csrf=" + cookie)
                    .POST(HttpRequest.BodyPublishers.ofString("csrf-token=" + encode(token) + "&baseRevisionId="
                            + base + "&heading=Openness&text=" + who + "+typed+this&rationale=" + who))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }

        List<HttpResponse<String>> answers = allAtOnce(saves);

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(303, 409);
        String saved = given().when().get("/api/standards/" + id + "/clauses/" + clause).then().extract()
                .path("clause.text");
        String lost = saved.startsWith("Ann") ? "Ben typed this" : "Ann typed this";
        assertThat(answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow().body())
                .contains("id=\"conflict\"", saved, "<textarea", lost);
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void twoEditorsDecidingOneSuggestionAtOnce_oneDecides_theOtherIsTold409() throws Exception {
        UUID id = standards.create(ELI, "D" + UUID.randomUUID().toString().substring(0, 8), "Race", "", List.of());
        UUID clause = editing.add(ELI, id, null, 0, "CLAUSE", "Openness", "Weights are published.");
        for (int round = 0; round < 10; round++) {
            String suggestion = given().contentType(ContentType.JSON)
                    .body(Map.of("text", "Suggestion " + round, "reason", "Better")).when()
                    .post("/api/standards/" + id + "/clauses/" + clause + "/suggestions").then().statusCode(201)
                    .extract().path("id");
            List<Callable<HttpResponse<String>>> decisions = List.of(
                    () -> exchange("POST", "/api/standards/" + id + "/suggestions/" + suggestion + "/decision",
                            "{\"accept\":true,\"reason\":\"Yes\"}"),
                    () -> exchange("POST", "/api/standards/" + id + "/suggestions/" + suggestion + "/decision",
                            "{\"accept\":false,\"reason\":\"No\"}"));

            List<HttpResponse<String>> answers = allAtOnce(decisions);

            assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
            assertThat(answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow().body())
                    .contains("This suggestion was already");
        }
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void aCollisionOnlyTheDatabaseNotices_is409_andThePageKeepsWhatWasTyped() throws Exception {
        UUID id = standards.create(ELI, "E" + UUID.randomUUID().toString().substring(0, 8), "Race", "", List.of());

        HttpResponse<String> api = whileAnotherChangeHoldsTheRow(id, () -> exchange("PUT", "/api/standards/" + id
                + "/editors", "{\"editors\":[\"eli\",\"eva\"]}"));

        assertThat(api.statusCode()).isEqualTo(409);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JsonPath.from(api.body()).getString("detail")).contains("at the same moment");

        io.restassured.response.Response page = given().when().get("/standards/" + id);
        String form = "csrf-token=" + encode(DraftingPagesTest.csrfToken(page.asString())) + "&editors="
                + encode("eli, ezra");
        HttpResponse<String> refused = whileAnotherChangeHoldsTheRow(id, () -> http.send(HttpRequest.newBuilder(
                base("/standards/" + id + "/editors")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "accord-csrf=" + page.getCookie("accord-csrf"))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("id=\"editors-conflict\"", "value=\"eli, ezra\"",
                "at the same moment");
        given().when().get("/api/standards/" + id).then().statusCode(200)
                .body("editors", org.hamcrest.Matchers.contains("eli"));
    }

    /**
     * Sends the request while another transaction has changed the standard's row but not yet committed, and commits
     * that change once the request waits for it: the request's own update then finds a newer row than it read.
     */
    private <T> T whileAnotherChangeHoldsTheRow(UUID standardId, Callable<T> request) throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement bump = other.prepareStatement(
                    "update drafting.standard set version = version + 1 where id = ?")) {
                bump.setObject(1, standardId);
                bump.executeUpdate();
            }
            Future<T> answer = thread.submit(request);
            await().atMost(Duration.ofSeconds(20)).until(this::someoneWaitsForALock);
            other.commit();
            return answer.get(20, TimeUnit.SECONDS);
        } finally {
            thread.shutdownNow();
        }
    }

    private boolean someoneWaitsForALock() throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select count(*) from pg_stat_activity"
                        + " where wait_event_type = 'Lock' and query ilike 'update drafting.standard%'");
                ResultSet result = query.executeQuery()) {
            return result.next() && result.getInt(1) > 0;
        }
    }

    /** Three sections of four clauses, each clause with a subclause, and a note in every section. */
    private List<UUID> outline(UUID id) {
        List<UUID> all = new ArrayList<>();
        for (int s = 1; s <= 3; s++) {
            UUID section = editing.add(ELI, id, null, Integer.MAX_VALUE, "SECTION", "Section " + s, "");
            all.add(section);
            for (int c = 1; c <= 4; c++) {
                UUID clause = editing.add(ELI, id, section, Integer.MAX_VALUE, "CLAUSE", "Clause " + s + "." + c,
                        "Text.");
                all.add(clause);
                all.add(editing.add(ELI, id, clause, Integer.MAX_VALUE, "CLAUSE", "Detail " + s + "." + c, "Text."));
            }
            all.add(editing.add(ELI, id, section, Integer.MAX_VALUE, "NOTE", "Note " + s, "A note."));
        }
        return all;
    }

    /** Every clause reachable from the top, no cycle, positions 0..n-1, numbers derived from the places. */
    private static void assertValidOutline(List<Map<String, Object>> clauses) {
        Map<String, Map<String, Object>> byId = new HashMap<>();
        Map<String, List<Map<String, Object>>> children = new HashMap<>();
        for (Map<String, Object> clause : clauses) {
            assertThat(byId.put((String) clause.get("id"), clause)).as("clause listed once").isNull();
            children.computeIfAbsent((String) clause.get("parentId"), parent -> new ArrayList<>()).add(clause);
        }
        Set<String> reached = new HashSet<>();
        List<String> pending = new ArrayList<>();
        pending.add(null);
        while (!pending.isEmpty()) {
            String parent = pending.removeLast();
            List<Map<String, Object>> siblings = children.getOrDefault(parent, List.of());
            String prefix = parent == null ? null : (String) byId.get(parent).get("number");
            int clauseCount = 0;
            int noteCount = 0;
            for (int position = 0; position < siblings.size(); position++) {
                Map<String, Object> clause = siblings.get(position);
                assertThat(clause.get("position")).isEqualTo(position);
                String expected = "NOTE".equals(clause.get("kind"))
                        ? "NOTE " + ++noteCount
                        : (prefix == null ? "" : prefix + ".") + ++clauseCount;
                assertThat(clause.get("number")).isEqualTo(expected);
                assertThat(reached.add((String) clause.get("id"))).as("reached once").isTrue();
                pending.add((String) clause.get("id"));
            }
        }
        assertThat(reached).as("every clause reachable from the top").isEqualTo(byId.keySet());
    }

    private static <T> List<T> allAtOnce(List<Callable<T>> calls) throws Exception {
        return allAtOnce(calls, calls.size());
    }

    /** Runs the calls on that many threads, all released at the same moment; @return their results in order */
    private static <T> List<T> allAtOnce(List<Callable<T>> calls, int threadCount) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(threadCount);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    private HttpResponse<String> exchange(String method, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(base(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI base(String path) {
        return base.resolve(path);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private int send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static UUID pick(Random random, List<UUID> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private static String field(String name, UUID value) {
        return "\"" + name + "\":" + (value == null ? "null" : "\"" + value + "\"");
    }
}
