package org.accord.app.voting;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.accord.testing.AccordTestStack;
import org.accord.voting.internal.app.BallotAdministration;
import org.accord.voting.internal.app.Voting;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Second half: a new application instance, the same database; the ballot and its votes are all still there. */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
@TestProfile(VotesAfterRestartTest.Restarted.class)
@Order(2)
class VotesAfterRestartTest {

    /** A profile of its own, so Quarkus stops the application and starts a new one. */
    public static class Restarted implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("accord.outbox.poll-interval", "2s");
        }
    }

    @Inject
    Voting voting;
    @Inject
    BallotAdministration administration;

    @Test
    @TestSecurity(user = "mo", roles = {"member", "moderator"})
    void votesSurviveTheRestart_andTheBallotCarriesOn() {
        String ballotProperty = System.getProperty(VotesBeforeRestartTest.BALLOT);
        assertThat(ballotProperty).as("VotesBeforeRestartTest runs first and leaves its ballot").isNotNull();
        UUID ballot = UUID.fromString(ballotProperty);

        given().when().get("/api/ballots/" + ballot).then().statusCode(200).body("status", equalTo("OPEN"))
                .body("votes.size()", equalTo(2)).body("standing.overall.approve", equalTo(1))
                .body("standing.overall.disapprove", equalTo(1));

        voting.cast(ballot, System.getProperty(VotesBeforeRestartTest.LATE_VOTER), "APPROVE", null);
        administration.close(ballot, "Closed after the restart", "mo");

        given().when().get("/api/ballots/" + ballot).then().body("passed", equalTo(true))
                .body("result[0].approve", equalTo(2)).body("result[0].disapprove", equalTo(1));
    }
}
