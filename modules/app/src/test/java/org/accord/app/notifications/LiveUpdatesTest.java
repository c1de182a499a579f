package org.accord.app.notifications;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.accord.app.review.Reviewing;
import org.accord.app.voting.Electorate;
import org.accord.drafting.internal.app.Actor;
import org.accord.drafting.internal.app.ClauseEditing;
import org.accord.drafting.internal.app.StandardsAdministration;
import org.accord.notifications.api.NotificationsModule;
import org.accord.notifications.api.events.NeedsChanged;
import org.accord.platform.outbox.Outbox;
import org.accord.review.internal.app.Commenting;
import org.accord.review.internal.app.RoundAdministration;
import org.accord.testing.AccordTestStack;
import org.accord.voting.internal.app.BallotAdministration;
import org.accord.voting.internal.app.Voting;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

/**
 * Open pages follow ballots, standards and what needs a member through server-sent events fed by this instance's own
 * reading of the topics: votes arrive as updates that never carry a position, a closed ballot says so, a reconnection
 * with the last id it received gets exactly what it missed, and an id that proves nothing (or one from before a
 * rebalance) gets a reset. A round that hides its comments says nothing of them; a page follows one stream at most.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class LiveUpdatesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Duration QUIET = Duration.ofSeconds(3);
    private static final Actor EDITOR = new Actor("eli", Set.of("member", "editor"));

    @TestHTTPResource("/")
    URL base;
    @Inject
    Electorate electorate;
    @Inject
    Voting voting;
    @Inject
    BallotAdministration ballots;
    @Inject
    StandardsAdministration standards;
    @Inject
    ClauseEditing editing;
    @Inject
    Reviewing reviewing;
    @Inject
    Commenting commenting;
    @Inject
    RoundAdministration rounds;
    @Inject
    @Identifier("live-updates-rebalances")
    KafkaConsumerRebalanceListener rebalances;
    @Inject
    Outbox outbox;
    @Inject
    EntityManager entityManager;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void votes_arriveAsUpdatesWithoutAnyPosition_andTheClosedBallotSaysSo() {
        String voter = electorate.voter("US", "INDUSTRY", true);
        UUID ballot = electorate.ballot(null, "SIMPLE_MAJORITY", true);
        try (LiveConnection page = LiveConnection.open(client, url("/live/ballots/" + ballot))) {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.contentType()).startsWith("text/event-stream");

            LiveConnection.Event vote = firstUpdate(page,
                    () -> voting.cast(ballot, voter, "DISAPPROVE", "A secret reason"));
            assertThat(vote.name()).isEqualTo("update");
            assertThat(vote.id()).matches("\\d+-\\d+");
            assertThat(vote.data()).isEqualTo("{}");

            ballots.close(ballot, "Enough", "mo");
            LiveConnection.Event closed = page.expect(PATIENCE);
            assertThat(closed.name()).isEqualTo("closed");
            assertThat(closed.data()).doesNotContain("DISAPPROVE").doesNotContain("secret");
        }
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void reconnectingWithTheLastId_getsExactlyWhatWasMissed_inOrder() {
        String first = electorate.voter("EU", "ACADEMIA", true);
        String second = electorate.voter("US", "ACADEMIA", true);
        UUID ballot = electorate.ballot(null, "SIMPLE_MAJORITY", false);
        URI stream = url("/live/ballots/" + ballot);
        try (LiveConnection watcher = LiveConnection.open(client, stream)) {
            LiveConnection.Event seen;
            try (LiveConnection page = LiveConnection.open(client, stream)) {
                seen = firstUpdate(page, () -> voting.cast(ballot, first, "APPROVE", null));
                drainUntil(watcher, seen.id());
            }
            voting.cast(ballot, second, "ABSTAIN", null);
            voting.cast(ballot, first, "DISAPPROVE", "Changed my mind");
            List<LiveConnection.Event> missed = List.of(watcher.expect(PATIENCE), watcher.expect(PATIENCE));

            try (LiveConnection again = LiveConnection.open(client, stream, Map.of("Last-Event-ID", seen.id()))) {
                assertThat(List.of(again.expect(PATIENCE), again.expect(PATIENCE))).isEqualTo(missed);
                assertThat(again.next(QUIET)).as("nothing more, and no reset").isNull();
            }
            try (LiveConnection upToDate = LiveConnection.open(client, stream,
                    Map.of("Last-Event-ID", missed.get(1).id()))) {
                assertThat(upToDate.next(QUIET)).isNull();
            }
        }
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void anIdThatProvesNothing_getsAReset() {
        UUID ballot = electorate.ballot(null, "SIMPLE_MAJORITY", false);
        for (String lastEventId : List.of("nonsense", "0-999999999999", "-1", "3-4-5")) {
            try (LiveConnection page = LiveConnection.open(client, url("/live/ballots/" + ballot),
                    Map.of("Last-Event-ID", lastEventId))) {
                LiveConnection.Event reset = page.expect(PATIENCE);
                assertThat(reset.name()).as(lastEventId).isEqualTo("reset");
                assertThat(page.next(QUIET)).isNull();
            }
        }
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void aStandardsPage_isToldWhatChangedAndByWhom_inTheReadersLanguage() {
        String name = knownMember("eli", "Eli Example");
        UUID standard = standards.create(EDITOR, "L" + UUID.randomUUID().toString().substring(0, 8), "Live text", "",
                List.of());
        try (LiveConnection english = LiveConnection.open(client, url("/live/standards/" + standard));
                LiveConnection french = LiveConnection.open(client, url("/live/standards/" + standard),
                        Map.of("Accept-Language", "fr-FR,fr;q=0.9"))) {
            LiveConnection.Event added = firstUpdate(english,
                    () -> editing.add(EDITOR, standard, null, 0, "CLAUSE", "Scope", "The secret clause text."));
            assertThat(added.data()).contains("“Scope” added by " + name).contains("\"show\":\"Show\"")
                    .doesNotContain("secret clause text");
            assertThat(drainUntil(french, added.id()).data()).contains("«\u00a0Scope\u00a0» ajoutée par " + name)
                    .contains("Afficher");
        }
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void aRoundsPage_thatShowsComments_isToldOfEachComment_withoutItsText() {
        String member = reviewing.member("EU", "CIVIL_SOCIETY", true);
        UUID round = reviewing.round(reviewing.committeeDraft().versionId(), true);
        try (LiveConnection page = LiveConnection.open(client, url("/live/rounds/" + round))) {
            LiveConnection.Event submitted = firstUpdate(page, () -> commenting.submit(round,
                    new Commenting.Draft("1", null, null, "te", "The secret comment text", null), member));
            assertThat(submitted.name()).isEqualTo("update");
            assertThat(submitted.data()).isEqualTo("{}");
        }
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void aRoundsPage_thatHidesComments_hearsNothingOfThem_onlyOfItsExtension() {
        String member = reviewing.member("EU", "CIVIL_SOCIETY", true);
        UUID round = reviewing.round(reviewing.committeeDraft().versionId(), false);
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(() -> !entityManager
                .createNativeQuery("select 1 from notifications.round where id = ?1").setParameter(1, round)
                .getResultList().isEmpty()));
        AtomicInteger extensions = new AtomicInteger();
        try (LiveConnection page = LiveConnection.open(client, url("/live/rounds/" + round))) {
            commenting.submit(round, new Commenting.Draft("1", null, null, "te", "A hidden comment", null), member);
            assertThat(page.next(QUIET)).as("a comment in a round that hides them").isNull();

            LiveConnection.Event extended = firstUpdate(page, () -> rounds.extend(round,
                    Instant.now().plus(Duration.ofDays(8 + extensions.incrementAndGet())), "More time", "mo"));
            assertThat(extended.name()).isEqualTo("update");
        }
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void aResumeAcrossARebalance_getsAReset() {
        String voter = electorate.voter("EU", "INDUSTRY", true);
        UUID ballot = electorate.ballot(null, "SIMPLE_MAJORITY", false);
        URI stream = url("/live/ballots/" + ballot);
        LiveConnection.Event seen;
        try (LiveConnection page = LiveConnection.open(client, stream)) {
            seen = firstUpdate(page, () -> voting.cast(ballot, voter, "APPROVE", null));
        }
        try (LiveConnection resumed = LiveConnection.open(client, stream, Map.of("Last-Event-ID", seen.id()))) {
            assertThat(resumed.next(QUIET)).as("nothing missed before the rebalance").isNull();
        }
        int partition = Integer.parseInt(seen.id().split("-")[0]);
        rebalances.onPartitionsAssigned(null, List.of(new TopicPartition("accord.voting.v1", partition)));
        try (LiveConnection resumed = LiveConnection.open(client, stream, Map.of("Last-Event-ID", seen.id()))) {
            assertThat(resumed.expect(PATIENCE).name()).isEqualTo("reset");
        }
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void pages_followTheirStreams_withAScriptTheStrictPolicyAllows() {
        UUID ballot = electorate.ballot(null, "SIMPLE_MAJORITY", true);
        String open = given().when().get("/ballots/" + ballot).then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .extract().asString();
        assertThat(open).contains("<script src=\"/static/live.js\" defer></script>")
                .contains("data-live-stream=\"/live/ballots/" + ballot + "\"").contains("hx-trigger=\"live\"")
                .doesNotContain("every 5s");
        ballots.close(ballot, "Done", "mo");
        assertThat(given().when().get("/ballots/" + ballot).then().statusCode(200).extract().asString())
                .as("a closed ballot's page follows nothing: the header's counts follow no stream")
                .doesNotContain("data-live-stream");
        assertThat(streamsOf(open)).as("one stream per page").containsExactly("/live/ballots/" + ballot);
        String home = given().when().get("/").then().statusCode(200).extract().asString();
        assertThat(streamsOf(home)).as("the home page follows the member's stream alone").containsExactly("/live/me");
        assertThat(home).contains("hx-select-oob=\"#header-counts\"").contains("id=\"header-counts\"");
        assertThat(
                given().when().get("/static/live.js").then().statusCode(200).contentType(containsString("javascript"))
                        .extract().asString())
                .contains("new EventSource(").contains("htmx.trigger(element, 'live')");
    }

    @Test
    @TestSecurity(user = "lena-live", roles = "member")
    void me_getsAnUpdateOnConnecting_andWhenWhatNeedsTheMemberChanges_butNotForOthers() {
        UUID lena = UUID.fromString(knownMemberId("lena-live", "Lena Live"));
        try (LiveConnection home = LiveConnection.open(client, url("/live/me"))) {
            assertThat(home.expect(PATIENCE).name()).as("counts are state: fetched on connecting").isEqualTo("update");

            needsChanged(UUID.randomUUID());
            assertThat(home.next(QUIET)).as("another member's change").isNull();

            LiveConnection.Event mine = null;
            for (int tries = 0; mine == null && tries < 10; tries++) {
                needsChanged(lena);
                mine = home.next(Duration.ofSeconds(5));
            }
            assertThat(mine).isNotNull();
            assertThat(mine.name()).isEqualTo("update");
            assertThat(mine.data()).isEqualTo("{}");
        }
    }

    @Test
    @TestSecurity(user = "nobody-known", roles = "member")
    void me_forSomeoneNotKnownAsAMember_isNotFound() {
        try (LiveConnection home = LiveConnection.open(client, url("/live/me"))) {
            assertThat(home.status()).isEqualTo(404);
        }
    }

    @Test
    void streams_needASignedInMember() {
        try (LiveConnection anonymous = LiveConnection.open(client, url("/live/ballots/" + UUID.randomUUID()))) {
            assertThat(anonymous.status()).isEqualTo(401);
        }
    }

    @Test
    @TestSecurity(user = "mo", roles = "member")
    void aMalformedId_isABadRequest() {
        for (String path : List.of("/live/ballots/not-an-id", "/live/standards/1", "/live/rounds/x")) {
            try (LiveConnection page = LiveConnection.open(client, url(path))) {
                assertThat(page.status()).as(path).isEqualTo(400);
            }
        }
    }

    /**
     * Repeats the action until the page gets an update: the first records after the application starts may come before
     * this instance's feed has its partitions.
     */
    private static LiveConnection.Event firstUpdate(LiveConnection page, Runnable action) {
        for (int tries = 0; tries < 10; tries++) {
            action.run();
            LiveConnection.Event event = page.next(Duration.ofSeconds(5));
            if (event != null) {
                return event;
            }
        }
        throw new AssertionError("No update after ten tries");
    }

    /** Reads events up to the one with this id, which it returns. */
    private static LiveConnection.Event drainUntil(LiveConnection connection, String id) {
        List<LiveConnection.Event> before = new ArrayList<>();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            LiveConnection.Event event = connection.next(Duration.ofSeconds(1));
            if (event != null && id.equals(event.id())) {
                return event;
            }
            if (event != null) {
                before.add(event);
            }
        }
        throw new AssertionError("No event " + id + "; got " + before);
    }

    /** The distinct streams a page follows. */
    private static Set<String> streamsOf(String page) {
        return Pattern.compile("data-live-stream=\"([^\"]+)\"").matcher(page).results().map(match -> match.group(1))
                .collect(Collectors.toSet());
    }

    private void needsChanged(UUID member) {
        QuarkusTransaction.requiringNew().run(() -> outbox.append(NotificationsModule.NAME,
                new NeedsChanged(UUID.randomUUID().toString(), List.of(member.toString()), Instant.now())));
    }

    /** The member as the notifications module knows them; @return their name there */
    private String knownMember(String username, String fullName) {
        knownMemberId(username, fullName);
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select full_name from notifications.member where username = ?1").setParameter(1, username)
                .getSingleResult());
    }

    /** Makes sure the notifications module knows a member with this username; @return their member id */
    private String knownMemberId(String username, String fullName) {
        return QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("insert into notifications.member (member_id, username, full_name, email,"
                    + " roles, voting_rights, status) values (?1, ?2, ?3, ?4, array['member'], true, 'ACTIVE')"
                    + " on conflict do nothing").setParameter(1, UUID.randomUUID()).setParameter(2, username)
                    .setParameter(3, fullName).setParameter(4, username + "@example.org").executeUpdate();
            return entityManager.createNativeQuery("select cast(member_id as text) from notifications.member"
                    + " where username = ?1").setParameter(1, username).getSingleResult().toString();
        });
    }

    private URI url(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }
}
