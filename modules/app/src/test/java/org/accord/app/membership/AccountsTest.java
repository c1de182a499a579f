package org.accord.app.membership;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.accord.membership.internal.app.Admission;
import org.accord.membership.internal.app.Admissions;
import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/**
 * Accounts get their roles only from what membership has stored: never from a rolled-back admission, never by someone
 * who merely put a new member's email on their account, and still after the identity provider was down.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class AccountsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    FakeIdentityDirectory accounts;
    @Inject
    Admissions admissions;

    @AfterEach
    void identityProviderBack() {
        accounts.setUnreachable(false);
    }

    @Test
    void admission_rolledBack_leavesNoAccountAndGrantsNoRole() {
        String rolledBack = Admitting.uniqueEmail();
        QuarkusTransaction.begin();
        admissions.admit(admission(rolledBack, "admin"), "ada");
        QuarkusTransaction.rollback();
        String committed = Admitting.uniqueEmail();
        admissions.admit(admission(committed, "admin"), "ada");

        await().atMost(PATIENCE).untilAsserted(
                () -> assertThat(accounts.accountOf(committed).roles()).containsExactly("member", "admin"));
        assertThat(accounts.accountOf(rolledBack)).isNull();
    }

    @Test
    @TestSecurity(user = "ada", roles = {"member", "admin"})
    void admission_rolledBack_whileTheIdentityProviderIsDown_leavesTheNewAccountWithoutRoles() {
        String rolledBack = Admitting.uniqueEmail();
        QuarkusTransaction.begin();
        admissions.admit(admission(rolledBack, "admin"), "ada");
        accounts.setUnreachable(true);
        QuarkusTransaction.rollback();
        accounts.setUnreachable(false);

        given().contentType(ContentType.JSON).when().post("/api/members/accounts/reconciliation").then()
                .statusCode(200);
        assertThat(accounts.accountOf(rolledBack).roles()).isEmpty();
    }

    @Test
    @TestSecurity(user = "ada", roles = {"member", "admin"})
    void admission_withAnUnverifiedAccountOfThatEmail_isRefused_andThatAccountGetsNoRole() {
        String email = Admitting.uniqueEmail();
        accounts.put(new FakeIdentityDirectory.FakeAccount("squatter-" + UUID.randomUUID(), email, false,
                List.of("member"), true));

        given().contentType(ContentType.JSON).body(Admitting.request(email, "INDUSTRY", "US", true, "editor"))
                .when().post("/api/members").then().statusCode(409).contentType("application/problem+json")
                .body("field", equalTo("email")).body("detail", containsString("has not verified the address"));

        given().queryParam("q", email).when().get("/api/members").then().statusCode(200).body("items.size()",
                equalTo(0));
        assertThat(accounts.accountOf(email).roles()).containsExactly("member");
    }

    @Test
    @TestSecurity(user = "ada", roles = {"member", "admin"})
    void admission_withAVerifiedAccountOfThatEmail_linksIt_unlessAnotherMemberHoldsIt() {
        String email = Admitting.uniqueEmail();
        String accountId = "verified-" + UUID.randomUUID();
        accounts.put(new FakeIdentityDirectory.FakeAccount(accountId, email, true, List.of(), true));

        Admitting.admit(Admitting.request(email, "INDUSTRY", "US", true, "editor"));
        await().atMost(PATIENCE).untilAsserted(
                () -> assertThat(accounts.accountOf(email).roles()).containsExactly("member", "editor"));
        assertThat(accounts.accountOf(email).id()).isEqualTo(accountId);

        // An operator changed that account's email to a newcomer's: the newcomer must not be given it.
        String newcomer = Admitting.uniqueEmail();
        accounts.put(new FakeIdentityDirectory.FakeAccount(accountId, newcomer, true, List.of("member", "editor"),
                true));
        given().contentType(ContentType.JSON).body(Admitting.request(newcomer, "INDUSTRY", "US", true, "admin"))
                .when().post("/api/members").then().statusCode(409).contentType("application/problem+json")
                .body("field", equalTo("email")).body("detail", containsString("belongs to another member"));
        assertThat(accounts.accountOf(newcomer).roles()).containsExactly("member", "editor");
    }

    @Test
    @TestSecurity(user = "ada", roles = {"member", "admin"})
    void changesWhileTheIdentityProviderIsDown_areStored_andReachTheAccountOnceItIsBack() {
        String email = Admitting.uniqueEmail();
        String id = Admitting.admit(Admitting.request(email, "ACADEMIA", "EU", true, "editor"));
        await().atMost(PATIENCE).untilAsserted(
                () -> assertThat(accounts.accountOf(email).roles()).containsExactly("member", "editor"));

        accounts.setUnreachable(true);
        given().contentType(ContentType.JSON).body(Map.of("roles", List.of("moderator"), "reason", "Runs rounds"))
                .when().put("/api/members/" + id + "/roles").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("reason", "Conduct review")).when()
                .post("/api/members/" + id + "/suspension").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Admitting.request(Admitting.uniqueEmail(), "ACADEMIA", "EU",
                true)).when().post("/api/members").then().statusCode(503).contentType("application/problem+json");
        given().contentType(ContentType.JSON).when().post("/api/members/accounts/reconciliation").then()
                .statusCode(503).contentType("application/problem+json");
        assertThat(accounts.accountOf(email).enabled()).isTrue();

        accounts.setUnreachable(false);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(accounts.accountOf(email).enabled()).isFalse());
        given().contentType(ContentType.JSON).body(Map.of("reason", "Review closed")).when()
                .post("/api/members/" + id + "/reinstatement").then().statusCode(200);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(accounts.accountOf(email))
                .extracting(FakeIdentityDirectory.FakeAccount::enabled, FakeIdentityDirectory.FakeAccount::roles)
                .containsExactly(true, List.of("member", "moderator")));
    }

    @Test
    @TestSecurity(user = "ada", roles = {"member", "admin"})
    void accounts_areBroughtInStep_outsideAnyTransaction() {
        String email = Admitting.uniqueEmail();
        String id = Admitting.admit(Admitting.request(email, "INDUSTRY", "US", true, "editor"));
        await().atMost(PATIENCE).untilAsserted(
                () -> assertThat(accounts.accountOf(email).roles()).containsExactly("member", "editor"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "Conduct review")).when()
                .post("/api/members/" + id + "/suspension").then().statusCode(200);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(accounts.accountOf(email).enabled()).isFalse());
        given().contentType(ContentType.JSON).when().post("/api/members/accounts/reconciliation").then()
                .statusCode(200);

        // The identity provider's real client would take a transaction along to another thread, and a failed call
        // then left the event counted as applied.
        assertThat(accounts.broughtInStepInATransaction()).isFalse();
    }

    @Test
    @TestSecurity(user = "ada", roles = {"member", "admin"})
    void reconciliation_correctsATamperedAccount_andThenFindsNothingToDo() {
        String email = Admitting.uniqueEmail();
        Admitting.admit(Admitting.request(email, "INDUSTRY", "US", true));
        await().atMost(PATIENCE).untilAsserted(
                () -> assertThat(accounts.accountOf(email).roles()).containsExactly("member"));
        FakeIdentityDirectory.FakeAccount account = accounts.accountOf(email);
        accounts.put(new FakeIdentityDirectory.FakeAccount(account.id(), email, account.emailVerified(),
                List.of("member", "admin"), true));

        int members = given().contentType(ContentType.JSON).when().post("/api/members/accounts/reconciliation")
                .then().statusCode(200).body("corrected", greaterThanOrEqualTo(1)).extract().path("members");
        assertThat(members).isPositive();
        assertThat(accounts.accountOf(email).roles()).containsExactly("member");
        given().contentType(ContentType.JSON).when().post("/api/members/accounts/reconciliation").then()
                .statusCode(200).body("corrected", equalTo(0));
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void reconciliation_asNonAdmin_isForbidden() {
        given().contentType(ContentType.JSON).when().post("/api/members/accounts/reconciliation").then()
                .statusCode(403).contentType("application/problem+json");
    }

    private static Admission admission(String email, String... roles) {
        return new Admission(email, "Test Person", "Test University", "US", "INDUSTRY", List.of(roles), true,
                "Nominated by the test");
    }
}
