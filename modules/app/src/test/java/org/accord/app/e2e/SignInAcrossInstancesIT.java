package org.accord.app.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session started on one instance is a session on the other, with no sticky routing: the cookies a browser got from
 * instance A, sent as they are to instance B, open B's pages without a detour through Keycloak (and would not on an
 * instance with another session key); a form A rendered posts to B, its CSRF token accepted; a page cursor A handed out
 * reads the next page on B; and a sign-out through B ends the sign-in everywhere, so A asks for the password again.
 */
class SignInAcrossInstancesIT {

    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final HttpClient WITHOUT_REDIRECTS = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void cookiesFromOneInstance_openPagesPostFormsAndPageListsOnTheOther_andSignOutEndsBoth() throws Exception {
        try (TwoInstances instances = TwoInstances.start("sign-in", TwoInstances.stackConfig())) {
            PackagedApp a = instances.first();
            PackagedApp b = instances.second();
            HttpClient browser = SignedInClient.signIn(a.url("/ballots"), "mo", Tokens.DEMO_PASSWORD);

            HttpResponse<String> formOnA = browser.send(HttpRequest.newBuilder(a.url("/ballots")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(formOnA.statusCode()).isEqualTo(200);
            String cookies = cookieHeader(browser, a.url("/ballots"));
            assertThat(cookies).as("the session and CSRF cookies").contains("q_session").contains("accord-csrf=");

            HttpResponse<String> pageOnB = send(HttpRequest.newBuilder(b.url("/ballots")).header("Cookie", cookies)
                    .build());
            assertThat(pageOnB.statusCode()).as("B's page, without a redirect to Keycloak").isEqualTo(200);
            assertThat(pageOnB.body()).contains("id=\"sign-out\"").contains("id=\"open-ballot\"");

            Map<String, String> otherKey = new HashMap<>(instances.config());
            otherKey.put("ACCORD_SESSION_KEY", "another-session-key-than-the-other-instances");
            try (PackagedApp c = PackagedApp.start("sign-in-other-key", otherKey).awaitReady(Duration.ofMinutes(2))) {
                HttpResponse<String> pageOnC = send(HttpRequest.newBuilder(c.url("/ballots")).header("Cookie",
                        cookies).build());
                assertThat(pageOnC.statusCode()).as("an instance with another session key cannot read the session")
                        .isEqualTo(302);
                assertThat(pageOnC.headers().firstValue("Location").orElseThrow()).startsWith(instances.realm());
            }

            String token = csrfToken(formOnA.body());
            String title = "Opened on B from the form of A " + Instant.now().toEpochMilli();
            HttpResponse<String> posted = send(openBallotForm(b, cookies, token, title));
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);
            String ballot = posted.headers().firstValue("Location").orElseThrow();
            assertThat(ballot).contains("/ballots/");
            assertThat(send(HttpRequest.newBuilder(b.url(URI.create(ballot).getPath())).header("Cookie", cookies)
                    .build()).body()).contains(title);
            assertThat(send(openBallotForm(b, cookies, token.substring(1) + "A", "Forged")).statusCode())
                    .as("a token not from the cookie is refused on B as well").isEqualTo(400);

            String moderator = Tokens.forUser(instances.realm(), "mo", Tokens.DEMO_PASSWORD);
            openBallot(a, moderator, "Second page");
            String firstPage = "/api/ballots?limit=1";
            var pageOne = given().baseUri(a.url("/").toString()).auth().oauth2(moderator).when().get(firstPage)
                    .then().statusCode(200).extract();
            String cursor = pageOne.path("nextCursor");
            assertThat(cursor).isNotNull();
            var pageTwo = given().baseUri(b.url("/").toString()).auth().oauth2(moderator).queryParam("limit", 1)
                    .queryParam("cursor", cursor).when().get("/api/ballots").then().statusCode(200).extract();
            assertThat(pageTwo.<List<String>> path("items.id")).hasSize(1)
                    .doesNotContainAnyElementsOf(pageOne.<List<String>> path("items.id"));
            given().baseUri(b.url("/").toString()).auth().oauth2(moderator).queryParam("limit", 1)
                    .queryParam("cursor", cursor.substring(0, cursor.length() - 2) + "AA").when().get("/api/ballots")
                    .then().statusCode(400);

            HttpResponse<String> signedOut = browser.send(HttpRequest.newBuilder(b.url("/logout")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signedOut.uri().getPort()).as("back on B after Keycloak ended the sign-in")
                    .isEqualTo(b.url("/").getPort());
            assertThat(cookieHeader(browser, a.url("/ballots"))).doesNotContain("q_session");
            HttpResponse<String> afterSignOut = browser.send(HttpRequest.newBuilder(a.url("/ballots")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(afterSignOut.body()).as("A asks for the password again").contains("id=\"kc-form-login\"");
            // A copy of the cookie kept from before the sign-out still carries its tokens; it lasts until the ID token
            // expires (the realm's access token lifespan), on every instance alike (docs/adr/0033).
            System.out.printf("A session cookie copied before the sign-out, replayed on A right after it: %d%n",
                    send(HttpRequest.newBuilder(a.url("/ballots")).header("Cookie", cookies).build()).statusCode());

            assertThat(a.errors()).as("errors in A").isEmpty();
            assertThat(b.errors()).as("errors in B").isEmpty();
        }
    }

    private static HttpRequest openBallotForm(PackagedApp app, String cookies, String csrfToken, String title) {
        String closesAt = LocalDateTime.ofInstant(Instant.now().plus(Duration.ofDays(3)), ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MINUTES).toString();
        Map<String, String> form = Map.of("csrf-token", csrfToken, "title", title, "question", "Shall we meet?",
                "preset", "SIMPLE_MAJORITY", "closesAt", closesAt);
        String body = String.join("&", form.entrySet().stream().map(field -> field.getKey() + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).toList());
        return HttpRequest.newBuilder(app.url("/ballots")).header("Cookie", cookies)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static void openBallot(PackagedApp app, String moderator, String title) {
        given().baseUri(app.url("/").toString()).auth().oauth2(moderator).contentType(ContentType.JSON)
                .body(Map.of("title", title, "question", "Shall we page?", "closesAt",
                        Instant.now().plus(Duration.ofDays(1)).toString()))
                .when().post("/api/ballots").then().statusCode(201);
    }

    /** The Cookie header the browser would send with a request to this address. */
    private static String cookieHeader(HttpClient browser, URI uri) throws IOException {
        return String.join("; ", browser.cookieHandler().orElseThrow().get(uri, Map.of())
                .getOrDefault("Cookie", List.of()));
    }

    private static String csrfToken(String page) {
        Matcher token = CSRF_TOKEN.matcher(page);
        assertThat(token.find()).as("a form with a CSRF token").isTrue();
        return token.group(1);
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return WITHOUT_REDIRECTS.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
