package org.accord.app.membership;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.accord.app.paging.Pages;
import org.accord.membership.internal.app.Admission;
import org.accord.membership.internal.app.Admissions;
import org.accord.membership.internal.app.MemberAdministration;
import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class MembersApiTest {

    private static final String OWNER = "owner@example.org";
    private static final String DEPARTED = "departed@example.org";

    @Inject
    FakeIdentityDirectory accounts;
    @Inject
    Admissions admissions;
    @Inject
    MemberAdministration administration;

    @Test
    @TestSecurity(user = "ada", roles = {"member", "admin"})
    void admit_asAdmin_createsAccountRecordsHistoryAndJoinsGroup() {
        String email = Admitting.uniqueEmail();

        String id = Admitting.admit(Admitting.request(email, "ACADEMIA", "EU", true, "member", "editor"));

        given().when().get("/api/members/" + id).then().statusCode(200)
                .body("member.email", equalTo(email))
                .body("member.side", equalTo("EU"))
                .body("member.roles", contains("member", "editor"))
                .body("member.status", equalTo("ACTIVE"))
                .body("history[0].actor", equalTo("ada"))
                .body("history[0].reason", equalTo("Nominated by the test"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(accounts.accountOf(email).roles()).containsExactly("member", "editor"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/api/members/" + id).then()
                .body("member.stakeholderGroup", equalTo("ACADEMIA")));
    }

    @Test
    @TestSecurity(user = "ada", roles = {"member", "admin"})
    void admit_withBadInput_explainsTheFieldAndStoresNothing() {
        int before = memberCount();
        String existing = Admitting.uniqueEmail();
        Admitting.admit(Admitting.request(existing, "INDUSTRY", "US", true, "member"));
        before++;

        refused(with("side", "MARS"), 400, "side", "Unknown side 'MARS'");
        refused(with("fullName", "x".repeat(10_000)), 400, "fullName", "10,000 characters");
        refused(with("affiliation", "<script>alert('x')</script>"), 400, "affiliation", "plain text");
        refused(with("email", "not-an-email"), 400, "email", "is not an email address");
        refused(with("stakeholderGroup", "ASTROLOGY"), 400, "stakeholderGroup", "no active stakeholder group");
        refused(with("roles", List.of("member", "emperor")), 400, "roles", "Unknown role 'emperor'");
        refused(with("reason", " "), 400, "reason", "Reason is required");
        var observerVoting = with("side", "OBSERVER");
        refused(observerVoting, 400, "votingRights", "Observers take part without voting rights");
        refused(with("email", existing.toUpperCase()), 409, "email", "already exists");
        given().contentType(ContentType.JSON).body("{\"email\": ").when().post("/api/members").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("not valid JSON"));

        assertThat(memberCount()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "uma", roles = "member")
    void adminActions_asMember_areForbidden() {
        adminActionsAreForbidden();
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void adminActions_asEditor_areForbidden() {
        adminActionsAreForbidden();
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void adminActions_asModerator_areForbidden() {
        adminActionsAreForbidden();
    }

    @Test
    @TestSecurity(user = "liv", roles = {"member", "liaison"})
    void adminActions_asLiaison_areForbidden() {
        adminActionsAreForbidden();
    }

    private void adminActionsAreForbidden() {
        String id = seed(Admitting.uniqueEmail(), "INDUSTRY", "US", true).toString();
        given().contentType(ContentType.JSON)
                .body(Admitting.request(Admitting.uniqueEmail(), "INDUSTRY", "US", true, "member")).when()
                .post("/api/members").then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("roles", List.of("admin"), "reason", "me")).when()
                .put("/api/members/" + id + "/roles").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("reason", "x")).when()
                .post("/api/members/" + id + "/suspension").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("votingRights", false, "reason", "x")).when()
                .put("/api/members/" + id + "/voting-rights").then().statusCode(403);
        given().when().get("/api/members/" + id).then().statusCode(200).body("member.status", equalTo("ACTIVE"))
                .body("member.roles", contains("member")).body("member.votingRights", equalTo(true));
    }

    @Test
    @TestSecurity(user = "ada", roles = {"member", "admin"})
    void administratorChanges_updateAccountAndHistory_andRefuseImpossibleTransitions() {
        String email = Admitting.uniqueEmail();
        String id = Admitting.admit(Admitting.request(email, "CIVIL_SOCIETY", "US", true, "member"));

        given().contentType(ContentType.JSON).body(Map.of("roles", List.of("moderator"), "reason",
                "Runs the next comment round")).when().put("/api/members/" + id + "/roles").then().statusCode(200)
                .body("member.roles", contains("member", "moderator"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> assertThat(accounts.accountOf(email).roles()).containsExactly("member", "moderator"));

        given().contentType(ContentType.JSON).body(Map.of("votingRights", false, "reason", "Now an alternate"))
                .when().put("/api/members/" + id + "/voting-rights").then().statusCode(200)
                .body("member.votingRights", equalTo(false));

        given().contentType(ContentType.JSON).body(Map.of("reason", "Code of conduct review")).when()
                .post("/api/members/" + id + "/suspension").then().statusCode(200)
                .body("member.status", equalTo("SUSPENDED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(accounts.accountOf(email))
                .extracting(FakeIdentityDirectory.FakeAccount::enabled, FakeIdentityDirectory.FakeAccount::roles)
                .containsExactly(false, List.of()));
        given().contentType(ContentType.JSON).body(Map.of("reason", "again")).when()
                .post("/api/members/" + id + "/suspension").then().statusCode(409)
                .body("detail", containsString("Only an active member"));

        given().contentType(ContentType.JSON).body(Map.of("reason", "Review closed")).when()
                .post("/api/members/" + id + "/reinstatement").then().statusCode(200)
                .body("member.status", equalTo("ACTIVE"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(accounts.accountOf(email))
                .extracting(FakeIdentityDirectory.FakeAccount::enabled, FakeIdentityDirectory.FakeAccount::roles)
                .containsExactly(true, List.of("member", "moderator")));

        given().contentType(ContentType.JSON).body(Map.of("reason", "Moved to another job")).when()
                .post("/api/members/" + id + "/departure").then().statusCode(200)
                .body("member.status", equalTo("LEFT"))
                .body("history.summary", hasItem("Suspended"))
                .body("history.reason", hasItem("Runs the next comment round"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "x")).when()
                .post("/api/members/" + id + "/reinstatement").then().statusCode(409);
        given().when().get("/api/members/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = OWNER, roles = "member")
    void ownProfile_memberEditsNameAffiliationAndDeclarations_butNotRolesOrVotingRights() {
        String id = seed(OWNER, "INDUSTRY", "EU", true).toString();

        given().contentType(ContentType.JSON)
                .body(Map.of("fullName", "Renamed Person", "affiliation", "Open Source Foundation")).when()
                .put("/api/members/me/profile").then().statusCode(200)
                .body("member.fullName", equalTo("Renamed Person"));
        given().contentType(ContentType.JSON).body(Map.of("text", "Advises a model developer <unpaid>")).when()
                .post("/api/members/me/conflicts-of-interest").then().statusCode(200)
                .body("declarations[0].text", equalTo("Advises a model developer <unpaid>"));
        given().contentType(ContentType.JSON).body(Map.of("fullName", "<b>bold</b>", "affiliation", "x")).when()
                .put("/api/members/me/profile").then().statusCode(400).body("field", equalTo("fullName"));
        given().contentType(ContentType.JSON).body(Map.of("roles", List.of("admin"), "reason", "me")).when()
                .put("/api/members/" + id + "/roles").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("votingRights", false, "reason", "me")).when()
                .put("/api/members/" + id + "/voting-rights").then().statusCode(403);
        given().when().get("/api/members/me").then().statusCode(200).body("member.fullName", equalTo("Renamed Person"))
                .body("member.roles", contains("member"));
    }

    @Test
    @TestSecurity(user = DEPARTED, roles = {"member", "editor"})
    void departedMember_isRefusedEveryWrite_butStillReads() {
        UUID id = seed(DEPARTED, "ACADEMIA", "US", true);
        administration.recordDeparture(id, "Moved to another project", "ada");

        given().contentType(ContentType.JSON).body(Map.of("fullName", "Gone Person", "affiliation", "x")).when()
                .put("/api/members/me/profile").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("You have left the working group (Moved to another project)"));
        given().contentType(ContentType.JSON).body(Map.of("reference", "GONE 1", "title", "Never stored")).when()
                .post("/api/standards").then().statusCode(403);
        given().when().get("/api/members/me").then().statusCode(200).body("member.fullName",
                equalTo("Seeded Person"));
        assertThat(Pages.<String> all("/api/standards", "reference")).doesNotContain("GONE 1");
    }

    @Test
    @TestSecurity(user = "eva", roles = "member")
    void directory_filtersBySideGroupRoleStatusAndVotingRights() {
        String email = Admitting.uniqueEmail();
        admissions.admit(new Admission(email, "Observer Person", "GPAI", "OBSERVER", "ACADEMIA",
                List.of("liaison"), false, "Liaison to GPAI"), "ada");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("q", email).when()
                .get("/api/members").then().body("items.stakeholderGroup", contains("ACADEMIA")));

        given().queryParam("q", email).queryParam("side", "OBSERVER").queryParam("group", "ACADEMIA")
                .queryParam("role", "liaison").queryParam("status", "ACTIVE").queryParam("votingRights", false)
                .when().get("/api/members").then().statusCode(200).body("items.email", contains(email));
        given().queryParam("q", email).queryParam("side", "US").when().get("/api/members").then().statusCode(200)
                .body("items.size()", equalTo(0));
        given().queryParam("side", "MARS").when().get("/api/members").then().statusCode(400)
                .body("field", equalTo("side"));
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> request = new HashMap<>(
                Admitting.request(Admitting.uniqueEmail(), "INDUSTRY", "US", true, "member"));
        request.put(field, value);
        return request;
    }

    private static void refused(Map<String, Object> request, int status, String field, String message) {
        given().contentType(ContentType.JSON).body(request).when().post("/api/members").then().statusCode(status)
                .contentType("application/problem+json").body("field", equalTo(field))
                .body("detail", containsString(message));
    }

    private static int memberCount() {
        return Pages.all("/api/members").size();
    }

    private java.util.UUID seed(String email, String group, String side, boolean votingRights) {
        return admissions.admit(new Admission(email, "Seeded Person", "Seed Institute", side, group, List.of(),
                votingRights, "Seeded by the test"), "ada").id();
    }
}
