package org.accord.app.paging;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.accord.app.voting.Electorate;
import org.accord.drafting.internal.persistence.StandardChangeEntity;
import org.accord.membership.internal.app.Admission;
import org.accord.membership.internal.app.Admissions;
import org.accord.platform.web.PageRequest;
import org.accord.platform.web.Slice;
import org.accord.testing.AccordTestStack;
import org.accord.voting.internal.app.BallotQueries;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
@TestSecurity(user = "ada", roles = {"member", "admin", "editor", "moderator"})
class ApiPagingTest {

    @Inject
    Admissions admissions;
    @Inject
    Electorate electorate;
    @Inject
    SessionFactory sessionFactory;
    @Inject
    BallotQueries ballotQueries;

    @Test
    void members_walkedWithASmallLimitWhileMembersAreAdmitted_comeOnceEachInOrderWithTheFilterKept() {
        String affiliation = "Paging-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 7; i++) {
            admit(affiliation, i);
        }
        String path = "/api/members?q=" + affiliation + "&side=EU";
        List<Map<String, Object>> before = Pages.all(path);

        List<Map<String, Object>> walked = walk(path, 2, page -> admit(affiliation, page));

        assertThat(before).hasSize(7);
        assertThat(walked).allSatisfy(member -> assertThat(member.get("affiliation")).isEqualTo(affiliation));
        assertKeysetStable(before, path, walked);
    }

    @Test
    void standards_walkedWhileStandardsAreCreated_comeOnceEachInOrder() {
        for (int i = 0; i < 5; i++) {
            standard();
        }

        List<Map<String, Object>> before = Pages.all("/api/standards");

        assertKeysetStable(before, "/api/standards", walk("/api/standards", aFifth(before), page -> standard()));
    }

    @Test
    void ballots_walkedWhileBallotsAreOpened_comeOnceEachInOrder() {
        for (int i = 0; i < 5; i++) {
            electorate.ballot(null, "SIMPLE_MAJORITY", false);
        }

        List<Map<String, Object>> before = Pages.all("/api/ballots");

        assertKeysetStable(before, "/api/ballots",
                walk("/api/ballots", aFifth(before), page -> electorate.ballot(null, "SIMPLE_MAJORITY", false)));
    }

    @Test
    void ballotsAwaitingAVote_walkedWhileBallotsOpen_comeOnceEachClosingFirst() {
        String voter = electorate.voter("EU", "ACADEMIA", true);
        for (int i = 0; i < 7; i++) {
            electorate.ballot(null, "SIMPLE_MAJORITY", false);
        }
        List<UUID> before = awaiting(voter);

        List<UUID> walked = new ArrayList<>();
        PageRequest page = PageRequest.first(2);
        for (int turn = 0; page != null; turn++) {
            Slice<BallotQueries.BallotSummary> slice = ballotQueries.awaitingMyVote(voter, page);
            slice.items().forEach(ballot -> walked.add(ballot.id()));
            if (turn < 3) {
                electorate.ballot(null, "SIMPLE_MAJORITY", false);
            }
            page = slice.next() == null ? null : new PageRequest(2, slice.next());
        }

        assertThat(before).hasSize(7);
        assertThat(walked).doesNotHaveDuplicates().containsAll(before);
        assertThat(awaiting(voter)).containsSubsequence(walked);
    }

    @Test
    void groups_activeThenRetired_walkedWhileGroupsAreCreated_comeOnceEachInOrder() {
        for (int i = 0; i < 4; i++) {
            group();
        }
        given().contentType(ContentType.JSON).body(Map.of("reason", "Merged")).when()
                .post("/api/groups/" + group() + "/retirement").then().statusCode(200);
        List<Map<String, Object>> before = Pages.all("/api/groups");

        List<Map<String, Object>> walked = walk("/api/groups", aFifth(before), page -> group());

        assertKeysetStable(before, "/api/groups", walked, "code");
        assertThat(walked).extracting(group -> group.get("active")).containsSubsequence(true, false);
    }

    @Test
    void groupMembers_walkedWhileMembersJoin_comeOnceEachInOrder() {
        String group = group();
        for (int i = 0; i < 5; i++) {
            admit(group, "Paging", i);
        }
        String path = "/api/groups/" + group + "/members";
        await().atMost(Duration.ofSeconds(30)).until(() -> Pages.all(path).size() == 5);
        List<Map<String, Object>> before = Pages.all(path);

        List<Map<String, Object>> walked = walk(path, 2, page -> admit(group, "Paging", page));

        assertKeysetStable(before, path, walked, "memberId");
    }

    @Test
    void versions_walkedWhileVersionsArePublished_comeOnceEachNewestFirst() {
        String standard = standard();
        clause(standard, "Scope");
        for (int i = 0; i < 5; i++) {
            publish(standard);
        }
        String path = "/api/standards/" + standard + "/versions";
        List<Map<String, Object>> before = Pages.all(path);

        List<Map<String, Object>> walked = walk(path, 2, page -> publish(standard));

        assertThat(walked).containsExactlyElementsOf(before);
    }

    @Test
    void history_walkedWhileClausesAreAdded_comesOnceEachNewestFirst() {
        String standard = standard();
        for (int i = 0; i < 6; i++) {
            clause(standard, "Clause " + i);
        }
        String path = "/api/standards/" + standard + "/history";
        List<Map<String, Object>> before = Pages.all(path);

        List<Map<String, Object>> walked = walk(path, 2, page -> clause(standard, "Added after page " + page));

        assertThat(walked).containsExactlyElementsOf(before);
    }

    @Test
    void suggestions_walkedWhileMembersSuggest_comeOnceEachNewestFirst() {
        String standard = standard();
        String clause = clause(standard, "Scope");
        for (int i = 0; i < 5; i++) {
            suggest(standard, clause, "Wording " + i);
        }
        String path = "/api/standards/" + standard + "/suggestions";
        List<Map<String, Object>> before = Pages.all(path);

        List<Map<String, Object>> walked = walk(path, 2, page -> suggest(standard, clause, "After page " + page));

        assertThat(walked).containsExactlyElementsOf(before);
    }

    @Test
    void aListWithoutLimit_givesFiftyItemsAndACursorToTheRest() {
        String standard = standard();
        for (int i = 0; i < 51; i++) {
            clause(standard, "Clause " + i);
        }
        String path = "/api/standards/" + standard + "/history";
        List<Map<String, Object>> all = Pages.all(path);

        Response first = given().when().get(path).then().statusCode(200).body("items", hasSize(50))
                .body("nextCursor", notNullValue()).extract().response();

        assertThat(first.jsonPath().<Map<String, Object>> getList("items")).isEqualTo(all.subList(0, 50));
        given().when().get(Pages.next(first)).then().statusCode(200).body("items", hasSize(all.size() - 50))
                .body("nextCursor", nullValue());
        assertThat(Pages.next(given().when().get(Pages.next(first)).then().extract().response())).isNull();
    }

    @Test
    void aPage_readsOneRowMoreThanItReturns_fromTheDatabase() {
        String standard = standard();
        for (int i = 0; i < 30; i++) {
            clause(standard, "Clause " + i);
        }
        String path = "/api/standards/" + standard + "/history?limit=2";
        String second = Pages.next(given().when().get(path).then().statusCode(200).extract().response());

        assertThat(changesRead(path)).isEqualTo(3);
        assertThat(changesRead(second)).isEqualTo(3);
    }

    @Test
    void limit_outsideOneToFiveHundredOrNotANumber_isRefusedWith400() {
        for (String limit : List.of("0", "-1", "501", "ten", "1.5", "99999999999")) {
            given().queryParam("limit", limit).when().get("/api/standards").then().statusCode(400)
                    .contentType("application/problem+json").body("field", equalTo("limit"))
                    .body("detail", containsString("1 to 500"));
        }
        standard();
        given().queryParam("limit", "1").when().get("/api/standards").then().statusCode(200).body("items",
                hasSize(1));
        given().queryParam("limit", "500").when().get("/api/standards").then().statusCode(200);
    }

    @Test
    void cursor_malformedTamperedOrFromAnotherList_isRefusedWith400() {
        String standard = standard();
        String other = standard();
        for (int i = 0; i < 3; i++) {
            clause(standard, "Clause " + i);
            clause(other, "Clause " + i);
        }
        String cursor = given().queryParam("limit", 1).when().get("/api/standards/" + standard + "/history").then()
                .statusCode(200).extract().path("nextCursor");
        char[] tampered = cursor.toCharArray();
        tampered[tampered.length / 2] = tampered[tampered.length / 2] == 'A' ? 'B' : 'A';

        for (String bad : List.of("not a cursor!", "AAAA", new String(tampered), cursor + "A",
                cursor.substring(0, cursor.length() - 2))) {
            refused("/api/standards/" + standard + "/history", bad);
        }
        refused("/api/standards/" + other + "/history", cursor);
        refused("/api/standards/" + standard + "/suggestions", cursor);
        refused("/api/ballots", cursor);
        given().queryParam("cursor", cursor).when().get("/api/standards/" + standard + "/history").then()
                .statusCode(200);
    }

    /**
     * Reads the list a page at a time, calling {@code between} after each page, and checks that the body's
     * {@code nextCursor} and the {@code Link} header agree and that the link keeps every other parameter.
     */
    private static List<Map<String, Object>> walk(String path, int limit, IntConsumer between) {
        List<Map<String, Object>> walked = new ArrayList<>();
        String url = Pages.withQuery(path, "limit=" + limit);
        for (int page = 0; url != null; page++) {
            Response response = given().when().get(url).then().statusCode(200).extract().response();
            List<Map<String, Object>> items = response.jsonPath().getList("items");
            String cursor = response.jsonPath().getString("nextCursor");
            String next = Pages.next(response);
            if (cursor == null) {
                assertThat(next).isNull();
                assertThat(items).hasSizeLessThanOrEqualTo(limit);
            } else {
                assertThat(items).hasSize(limit);
                Map<String, String> linked = query(next);
                assertThat(linked.get("cursor")).isEqualTo(cursor);
                Map<String, String> asked = query(url);
                asked.remove("cursor");
                linked.remove("cursor");
                assertThat(linked).isEqualTo(asked);
            }
            walked.addAll(items);
            between.accept(page);
            url = next;
        }
        return walked;
    }

    /**
     * What keyset paging promises while rows are added: every item listed before the walk, exactly once, in the order
     * of the list as it is now.
     */
    private static void assertKeysetStable(List<Map<String, Object>> before, String path,
            List<Map<String, Object>> walked) {
        assertKeysetStable(before, path, walked, "id");
    }

    private static void assertKeysetStable(List<Map<String, Object>> before, String path,
            List<Map<String, Object>> walked, String key) {
        List<Object> keys = keys(walked, key);
        assertThat(keys).doesNotHaveDuplicates().containsAll(keys(before, key));
        assertThat(keys(Pages.all(path), key)).containsSubsequence(keys);
    }

    private List<UUID> awaiting(String voter) {
        return ballotQueries.awaitingMyVote(voter).stream().map(BallotQueries.BallotSummary::id).toList();
    }

    /** History rows loaded to answer {@code url}; the fewest of a few tries, as consumers load rows meanwhile. */
    private long changesRead(String url) {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            Statistics statistics = sessionFactory.getStatistics();
            statistics.clear();
            given().when().get(url).then().statusCode(200).body("items", hasSize(2));
            fewest = Math.min(fewest,
                    statistics.getEntityStatistics(StandardChangeEntity.class.getName()).getLoadCount());
        }
        return fewest;
    }

    /** A limit that takes several pages however many items earlier tests left in a shared list. */
    private static int aFifth(List<?> items) {
        return Math.max(2, items.size() / 5);
    }

    private static List<Object> keys(List<Map<String, Object>> items, String key) {
        return items.stream().map(item -> item.get(key)).toList();
    }

    private static void refused(String path, String cursor) {
        given().queryParam("cursor", cursor).when().get(path).then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("cursor"));
    }

    private static Map<String, String> query(String url) {
        return Arrays.stream(URI.create(url).getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> decode(pair.length > 1 ? pair[1] : "")));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private void admit(String affiliation, int turn) {
        admit("ACADEMIA", affiliation, turn);
    }

    /** Members whose names sort first and last in turn, so some land before the cursor and some after. */
    private void admit(String group, String affiliation, int turn) {
        String local = "p" + UUID.randomUUID().toString().substring(0, 12);
        String email = local + "@example.org";
        String name = (turn % 2 == 0 ? "Aa " : "Zz ") + local;
        admissions.admit(new Admission(email, name, affiliation, "EU", group, List.of(), true, "Paging"), "ada");
    }

    private static String group() {
        String code = "PAGING_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Paging " + code)).when()
                .post("/api/groups").then().statusCode(201);
        return code;
    }

    private static String standard() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("reference", "PAGE " + UUID.randomUUID().toString().substring(0, 8), "title", "Paged",
                        "scope", "Paging"))
                .when().post("/api/standards").then().statusCode(201).extract().path("id");
    }

    private static String clause(String standard, String heading) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("kind", "CLAUSE", "heading", heading, "text", "Text of " + heading)).when()
                .post("/api/standards/" + standard + "/clauses").then().statusCode(201).extract().path("id");
    }

    private static void publish(String standard) {
        given().contentType(ContentType.JSON).when().post("/api/standards/" + standard + "/versions").then()
                .statusCode(201);
    }

    private static void suggest(String standard, String clause, String text) {
        given().contentType(ContentType.JSON).body(Map.of("heading", "Scope", "text", text, "reason", "Clearer"))
                .when().post("/api/standards/" + standard + "/clauses/" + clause + "/suggestions").then()
                .statusCode(201);
    }
}
