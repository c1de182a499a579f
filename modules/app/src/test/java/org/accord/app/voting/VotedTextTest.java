package org.accord.app.voting;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.accord.drafting.internal.app.Actor;
import org.accord.drafting.internal.app.ClauseEditing;
import org.accord.drafting.internal.app.StageChanging;
import org.accord.drafting.internal.app.StandardsAdministration;
import org.accord.drafting.internal.app.VersionPublishing;
import org.accord.platform.errors.RuleViolation;
import org.accord.testing.AccordTestStack;
import org.accord.voting.internal.app.BallotAdministration;
import org.accord.voting.internal.app.RuleSpec;
import org.accord.voting.internal.app.Voting;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * What the group approves is exactly what it voted on: a stage change names its ballot and goes through only with the
 * voted text, once per ballot, and the text stays frozen while a ballot on it is open.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class VotedTextTest {

    private static final Actor EDITOR = new Actor("eli", Set.of("member", "editor"));
    private static final Actor MODERATOR = new Actor("mo", Set.of("member", "moderator"));
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    @Inject
    Electorate electorate;
    @Inject
    StandardsAdministration standards;
    @Inject
    ClauseEditing editing;
    @Inject
    VersionPublishing versions;
    @Inject
    StageChanging stages;
    @Inject
    BallotAdministration ballots;
    @Inject
    Voting voting;

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void theReportedSteps_thatUsedToBeAccepted_nowEachGet409() throws Exception {
        List<String> voters = List.of(electorate.voter("US", "INDUSTRY", true), electorate.voter("EU", "ACADEMIA",
                true));
        UUID standard = committeeDraftWithTwoClauses();
        UUID cd1 = publishedAndKnownToVoting(standard);
        UUID ballot = passedBallot(cd1, voters);

        revise(standard, 0, "Revised after the ballot closed.");
        stageChange(standard, "CONSENSUS_DRAFT", ballot).statusCode(409).contentType("application/problem+json")
                .body("field", equalTo("ballotId"))
                .body("detail", containsString("The text has changed since CD 1 was put to the vote"));
        revise(standard, 1, "Another clause revised.");
        stageChange(standard, "APPROVED", ballot).statusCode(409).contentType("application/problem+json");

        given().when().get("/api/standards/" + standard).then().body("stage", equalTo("COMMITTEE_DRAFT"));
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void eachStepNeedsItsOwnBallotOnTheUnchangedLatestVersion_andTheApprovedTextIsTheVotedText() throws Exception {
        List<String> voters = List.of(electorate.voter("US", "CIVIL_SOCIETY", true), electorate.voter("EU",
                "INDUSTRY", true));
        UUID standard = committeeDraftWithTwoClauses();
        UUID cd1 = publishedAndKnownToVoting(standard);
        UUID onCd1 = ballot(cd1);
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThatThrownBy(() -> revise(standard, 0, "Sneaked in."))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("The text is frozen")
                .hasMessageContaining(onCd1.toString()));
        given().when().get("/api/ballots/" + onCd1).then().body("contentHash", equalTo(hashOf(standard, cd1)));
        passed(onCd1, voters);

        UUID cd2 = publishedAndKnownToVoting(standard);
        stageChange(standard, "CONSENSUS_DRAFT", onCd1).statusCode(409)
                .body("detail", containsString("was on CD 1, but the latest draft version is CD 2"));
        UUID onCd2 = passedBallot(cd2, voters);
        UUID openedTooEarly = passedBallot(cd2, voters);
        stageChange(standard, "CONSENSUS_DRAFT", onCd2).statusCode(200).body("stage", equalTo("CONSENSUS_DRAFT"));

        stageChange(standard, "APPROVED", onCd2).statusCode(409)
                .body("detail", containsString("already carried the move to Consensus draft"));
        stageChange(standard, "APPROVED", openedTooEarly).statusCode(409)
                .body("detail", containsString("opened before"));
        UUID againOnCd2 = passedBallot(cd2, voters);
        revise(standard, 1, "Changed after the consensus draft.");
        stageChange(standard, "APPROVED", againOnCd2).statusCode(409)
                .body("detail", containsString("The text has changed since CD 2"));

        UUID ds1 = publishedAndKnownToVoting(standard);
        UUID onDs1 = passedBallot(ds1, voters);
        stageChange(standard, "APPROVED", onDs1).statusCode(200).body("stage", equalTo("APPROVED"));

        assertThat(currentHash(standard)).isEqualTo(hashOf(standard, ds1));
        assertThatThrownBy(() -> revise(standard, 0, "After approval.")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("can no longer change");
        stages.change(new Actor("liv", Set.of("member", "liaison")), standard, "PUBLISHED", "Sent to GPAI", null);
        assertThat(currentHash(standard)).isEqualTo(hashOf(standard, ds1));
        given().when().get("/api/standards/" + standard + "/history").then()
                .body("items.summary", org.hamcrest.Matchers.hasItem(containsString("ballot " + onDs1 + " on DS 1")));
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void rulesThatCannotMeanConsent_areRefused() {
        given().contentType(ContentType.JSON).body(Map.of("question", "Anything?", "closesAt",
                "2030-01-01T00:00:00Z", "rule", Map.of("threshold", "0/2", "comparison", "AT_LEAST", "denominator",
                        "VOTES_CAST")))
                .when().post("/api/ballots").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("threshold of 0"));
        given().contentType(ContentType.JSON).body(Map.of("question", "Anything?", "closesAt",
                "2030-01-01T00:00:00Z", "rule", Map.of("threshold", "1/2", "comparison", "MORE_THAN", "denominator",
                        "VOTES_CAST", "quorum", "3/2")))
                .when().post("/api/ballots").then().statusCode(400)
                .body("field", equalTo("quorum")).body("detail", containsString("between 0 and 1"));
        given().contentType(ContentType.JSON).body(Map.of("question", "Anything?", "closesAt",
                "2030-01-01T00:00:00Z", "rule", Map.of("threshold", "150%", "comparison", "AT_LEAST", "denominator",
                        "VOTES_CAST")))
                .when().post("/api/ballots").then().statusCode(400)
                .body("field", equalTo("threshold"));
    }

    private UUID committeeDraftWithTwoClauses() {
        UUID standard = standards.create(EDITOR, "VT " + UUID.randomUUID().toString().substring(0, 8), "Voted text",
                "", List.of());
        editing.add(EDITOR, standard, null, 0, "CLAUSE", "Openness", "Weights are published.");
        editing.add(EDITOR, standard, null, 1, "CLAUSE", "Data", "Training data is described.");
        versions.publish(EDITOR, standard);
        stages.change(EDITOR, standard, "COMMITTEE_DRAFT", "Ready for the committee", null);
        return standard;
    }

    private UUID publishedAndKnownToVoting(UUID standard) {
        UUID version = versions.publish(EDITOR, standard);
        await().atMost(EVENTUALLY).until(() -> electorate.count("select count(*) from voting.draft_version"
                + " where id = '" + version + "' and content_hash is not null") == 1);
        return version;
    }

    private UUID ballot(UUID version) {
        return ballots.open(new BallotAdministration.Opening(null, version, null,
                new RuleSpec("SIMPLE_MAJORITY", null, null, null, null, null, null), null,
                java.time.Instant.now().plus(Duration.ofDays(7)), false, null), "mo");
    }

    private UUID passedBallot(UUID version, List<String> voters) throws Exception {
        UUID ballot = ballot(version);
        passed(ballot, voters);
        return ballot;
    }

    private void passed(UUID ballot, List<String> voters) throws Exception {
        for (String voter : voters) {
            voting.cast(ballot, voter, "APPROVE", null);
        }
        ballots.close(ballot, "Everyone voted", "mo");
        await().atMost(EVENTUALLY).until(() -> electorate.count("select count(*) from drafting.ballot_result"
                + " where ballot_id = '" + ballot + "'") == 1 && electorate.count(
                        "select count(*) from"
                                + " drafting.version_ballot where ballot_id = '" + ballot
                                + "' and ended_at is null") == 0);
    }

    private void revise(UUID standard, int position, String text) throws Exception {
        var clause = given().when().get("/api/standards/" + standard).then().statusCode(200).extract().jsonPath();
        editing.revise(EDITOR, standard, UUID.fromString(clause.getString("clauses[" + position + "].id")),
                UUID.fromString(clause.getString("clauses[" + position + "].revisionId")),
                clause.getString("clauses[" + position + "].heading"), text, "Editing");
    }

    private static ValidatableResponse stageChange(UUID standard, String stage, UUID ballot) {
        return given().contentType(ContentType.JSON).body(Map.of("stage", stage, "reason", "The group voted",
                "ballotId", ballot.toString())).when().post("/api/standards/" + standard + "/stage").then();
    }

    private static String hashOf(UUID standard, UUID version) {
        return given().when().get("/api/standards/" + standard + "/versions/" + version).then().statusCode(200)
                .extract().path("contentHash");
    }

    /** The hash of the text as it stands now. */
    private static String currentHash(UUID standard) {
        return given().when().get("/api/standards/" + standard).then().statusCode(200).extract()
                .path("contentHash");
    }
}
