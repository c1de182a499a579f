package org.accord.app.publishing;

import jakarta.inject.Inject;

import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The fixture's standards are where it says: the consensus draft carried by its ballot, the failed one short of it. */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class ConsensusDraftsTest {

    @Inject
    ConsensusDrafts drafts;

    @Test
    @TestSecurity(user = "mo", roles = {"member", "editor", "moderator"})
    void consensusDraft_isCarriedByItsPassedBallot_onTheVersionWithEveryKindOfClause() {
        ConsensusDrafts.Draft draft = drafts.consensusDraft();

        given().when().get("/api/standards/" + draft.standardId()).then().statusCode(200)
                .body("reference", equalTo(draft.reference())).body("stage", equalTo("CONSENSUS_DRAFT"))
                .body("contentHash", equalTo(draft.contentHash()));
        given().when().get("/api/standards/" + draft.standardId() + "/history").then().statusCode(200)
                .body("items.summary", hasItem(containsString("to Consensus draft (ballot " + draft.ballotId()
                        + " on CD 1)")));
        given().when().get("/api/standards/" + draft.standardId() + "/versions/" + draft.versionId()).then()
                .statusCode(200).body("label", equalTo("CD 1")).body("contentHash", equalTo(draft.contentHash()))
                .body("clauses.kind.unique()", containsInAnyOrder("SECTION", "CLAUSE", "NOTE", "EXAMPLE", "TERM",
                        "ANNEX"));
        given().when().get("/api/ballots/" + draft.ballotId()).then().statusCode(200)
                .body("passed", equalTo(true)).body("draftVersionId", equalTo(draft.versionId().toString()))
                .body("contentHash", equalTo(draft.contentHash()));
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "editor", "moderator"})
    void committeeDraftWithFailedBallot_staysInCommitteeDraft() {
        ConsensusDrafts.Draft draft = drafts.committeeDraftWithFailedBallot();

        given().when().get("/api/standards/" + draft.standardId()).then().statusCode(200)
                .body("stage", equalTo("COMMITTEE_DRAFT")).body("carryingBallots.size()", equalTo(0));
        given().when().get("/api/ballots/" + draft.ballotId()).then().statusCode(200)
                .body("passed", equalTo(false)).body("draftVersionId", equalTo(draft.versionId().toString()));
    }
}
