package org.accord.app.api;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.accord.testing.AccordTestStack;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import com.fasterxml.jackson.databind.JsonNode;

import static io.restassured.RestAssured.given;

/**
 * Walks every operation of the OpenAPI document without a token, as each role, and with bad input of every kind. No
 * request may fail with 5xx, every refusal is problem+json, and a refused request stores nothing.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class ApiRefusalsTest {

    @TestHTTPResource(value = "/openapi", management = true)
    URL openapi;

    private static final String JSON = "application/json";
    private static final String TEN_MEGABYTES = "{\"x\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}";
    private static final String NESTED_OBJECTS = "{\"x\":".repeat(10_000) + "1" + "}".repeat(10_000);
    private static final String NESTED_ARRAYS = "[".repeat(10_000) + "]".repeat(10_000);

    /** Sends a large body only once the server has not refused it by its length, as curl does. */
    static final RestAssuredConfig EXPECT_CONTINUE = RestAssured.config()
            .httpClient(HttpClientConfig.httpClientConfig().setParam("http.protocol.expect-continue", true));

    @Inject
    DataSource dataSource;

    private StoredData stored;
    private Map<String, String> baseline;
    private final SoftAssertions softly = new SoftAssertions();

    @Test
    void everyOperation_withoutToken_isUnauthorized() {
        walk(operation -> List.of(new Attempt("no token", unknownIds(operation), Map.of(), emptyBody(operation))),
                true);
    }

    @Test
    @TestSecurity(user = "walking-member", roles = "member")
    void everyOperation_asMember_answersWithoutServerError() {
        walkAsRole();
    }

    @Test
    @TestSecurity(user = "walking-editor", roles = {"member", "editor"})
    void everyOperation_asEditor_answersWithoutServerError() {
        walkAsRole();
    }

    @Test
    @TestSecurity(user = "walking-moderator", roles = {"member", "moderator"})
    void everyOperation_asModerator_answersWithoutServerError() {
        walkAsRole();
    }

    @Test
    @TestSecurity(user = "walking-liaison", roles = {"member", "liaison"})
    void everyOperation_asLiaison_answersWithoutServerError() {
        walkAsRole();
    }

    @Test
    @TestSecurity(user = "walking-admin", roles = {"member", "admin"})
    void everyOperation_asAdmin_answersWithoutServerError() {
        walkAsRole();
    }

    @Test
    @TestSecurity(user = "walking-everyone", roles = {"member", "editor", "moderator", "liaison", "admin"})
    void everyOperation_withBadInput_isRefusedAsProblemJson_andStoresNothing() {
        walk(this::badInput, false);
    }

    private void walkAsRole() {
        walk(operation -> List.of(new Attempt("unknown ids", unknownIds(operation), Map.of(), emptyBody(operation))),
                false);
    }

    private List<Attempt> badInput(ApiOperations operation) {
        Map<String, String> unknown = unknownIds(operation);
        List<Attempt> attempts = new ArrayList<>();
        attempts.add(new Attempt("unknown ids, no query parameters", unknown, Map.of(), emptyBody(operation)));
        operation.parameters("path").filter(parameter -> "uuid".equals(parameter.at("/schema/format").asText()))
                .forEach(parameter -> {
                    Map<String, String> malformed = new LinkedHashMap<>(unknown);
                    malformed.put(parameter.get("name").asText(), "not-an-id");
                    attempts.add(new Attempt("malformed " + parameter.get("name").asText(), malformed, Map.of(),
                            emptyBody(operation)));
                });
        Map<String, String> malformedQuery = new LinkedHashMap<>();
        operation.parameters("query").forEach(parameter -> {
            String wrong = wrongParameter(parameter.path("schema"));
            if (wrong != null) {
                malformedQuery.put(parameter.get("name").asText(), wrong);
            }
        });
        if (!malformedQuery.isEmpty()) {
            attempts.add(new Attempt("malformed query parameters", unknown, malformedQuery, emptyBody(operation)));
        }
        if (operation.hasBody()) {
            attempts.add(new Attempt("10 MB body", unknown, Map.of(), new Body(JSON, TEN_MEGABYTES)));
            attempts.add(new Attempt("objects nested 10,000 deep", unknown, Map.of(), new Body(JSON, NESTED_OBJECTS)));
            attempts.add(new Attempt("arrays nested 10,000 deep", unknown, Map.of(), new Body(JSON, NESTED_ARRAYS)));
            attempts.add(new Attempt("malformed JSON", unknown, Map.of(), new Body(JSON, "{\"x\": ")));
        }
        if (operation.takesJson()) {
            attempts.add(new Attempt("no body", unknown, Map.of(), new Body(JSON, null)));
            attempts.add(new Attempt("missing fields", unknown, Map.of(), new Body(JSON, "{}")));
            attempts.add(new Attempt("wrong media type", unknown, Map.of(), new Body("text/plain", "{}")));
            for (String wrongBody : List.of("[]", "\"text\"", "42", "true")) {
                attempts.add(new Attempt("body " + wrongBody, unknown, Map.of(), new Body(JSON, wrongBody)));
            }
            operation.bodyProperties().forEach(property -> attempts.add(new Attempt("wrong type of "
                    + property.getKey(), unknown, Map.of(),
                    new Body(JSON, "{\"" + property.getKey() + "\": " + wrongValue(property.getValue()) + "}"))));
        }
        return attempts;
    }

    private void walk(java.util.function.Function<ApiOperations, List<Attempt>> attempts, boolean allRefused) {
        stored = new StoredData(dataSource);
        baseline = stored.settled();
        List<ApiOperations> operations = ApiOperations.all(openapi);
        softly.assertThat(operations).hasSizeGreaterThan(30);
        softly.assertThat(operations.stream().filter(ApiOperations::isPublic).map(ApiOperations::path))
                .as("the operations anyone may call without signing in")
                .containsExactlyInAnyOrder("/api/publishing/keys", "/api/public/log/entries", "/api/public/log/heads",
                        "/api/public/log/heads/latest", "/api/public/log/proofs/inclusion",
                        "/api/public/log/proofs/consistency", "/api/public/log/key", "/api/public/log/export");
        for (ApiOperations operation : operations) {
            for (Attempt attempt : attempts.apply(operation)) {
                check(operation, attempt, allRefused);
            }
        }
        softly.assertAll();
    }

    private void check(ApiOperations operation, Attempt attempt, boolean mustBeRefused) {
        String what = operation + " with " + attempt.what();
        Response response = send(operation, attempt);
        int status = response.statusCode();
        softly.assertThat(status).as(what).isLessThan(500);
        if (mustBeRefused && operation.isPublic()) {
            softly.assertThat(status).as(what + " (public: answered, or refused for its missing parameters)")
                    .isEqualTo(operation.hasRequiredQuery() ? 400 : 200);
        } else if (mustBeRefused) {
            softly.assertThat(status).as(what).isEqualTo(401);
        }
        if (status >= 400) {
            softly.assertThat(response.contentType())
                    .as(what + ": " + status + " " + response.asString()).startsWith("application/problem+json");
            if (response.contentType().startsWith("application/problem+json")) {
                softly.assertThat(response.jsonPath().getInt("status")).as(what).isEqualTo(status);
                softly.assertThat(response.jsonPath().getString("title")).as(what).isNotBlank();
                softly.assertThat(response.jsonPath().getString("type")).as(what).isNotBlank();
                softly.assertThat(response.jsonPath().getString("detail")).as(what).isNotBlank();
            }
            Map<String, String> after = stored.fingerprint();
            List<String> changed = StoredData.changedTables(baseline, after);
            softly.assertThat(changed).as(what + " (refused with " + status + ") changed stored data").isEmpty();
            if (!changed.isEmpty()) {
                baseline = stored.settled();
            }
        } else if (!operation.method().equals("GET")) {
            baseline = stored.settled();
        }
    }

    private static Response send(ApiOperations operation, Attempt attempt) {
        String path = operation.path();
        for (Map.Entry<String, String> parameter : attempt.pathParameters().entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        RequestSpecification request = given().config(EXPECT_CONTINUE).redirects().follow(false)
                .queryParams(attempt.query());
        if (attempt.body() != null) {
            request.contentType(attempt.body().contentType());
            if (attempt.body().text() != null) {
                request.body(attempt.body().text());
            }
        }
        return request.request(operation.method(), path);
    }

    private static Map<String, String> unknownIds(ApiOperations operation) {
        Map<String, String> values = new LinkedHashMap<>();
        operation.parameters("path").forEach(parameter -> values.put(parameter.get("name").asText(),
                "uuid".equals(parameter.at("/schema/format").asText())
                        ? UUID.randomUUID().toString()
                        : "unknown-" + UUID.randomUUID().toString().substring(0, 8)));
        return values;
    }

    private static Body emptyBody(ApiOperations operation) {
        return operation.takesJson() ? new Body(JSON, "{}") : null;
    }

    private static String wrongParameter(JsonNode schema) {
        return switch (ApiOperations.type(schema)) {
            case "integer", "number" -> "many";
            case "boolean" -> "maybe";
            case "string" -> "uuid".equals(schema.path("format").asText()) ? "not-an-id" : null;
            default -> null;
        };
    }

    private static String wrongValue(JsonNode schema) {
        return switch (ApiOperations.type(schema)) {
            case "string" -> switch (schema.path("format").asText()) {
                case "uuid" -> "\"not-an-id\"";
                case "date-time", "date" -> "\"yesterday\"";
                default -> "{\"not\": \"text\"}";
            };
            case "integer", "number" -> "\"many\"";
            case "boolean" -> "\"maybe\"";
            case "array" -> "{\"not\": \"a list\"}";
            default -> "42";
        };
    }

    private record Body(String contentType, String text) {
    }

    private record Attempt(String what, Map<String, String> pathParameters, Map<String, String> query, Body body) {
    }
}
