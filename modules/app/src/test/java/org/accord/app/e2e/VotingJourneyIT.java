package org.accord.app.e2e;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.accord.testing.AccordIntegrationStack;
import org.accord.testing.InjectStack;
import org.accord.testing.KeycloakServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A moderator opens a ballot under the transatlantic double majority, a US and an EU member vote, and the result page
 * shows the tallies per side.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = AccordIntegrationStack.class, restrictToAnnotatedClass = true)
class VotingJourneyIT {

    @TestHTTPResource("/")
    URL home;
    @InjectStack
    KeycloakServer keycloak;

    @Test
    void moderatorOpensATransatlanticBallot_membersVote_resultShowsBothSides() {
        Voters.admit(keycloak, "uma@accord.example", "US", "INDUSTRY", "Voting journey");
        Voters.admit(keycloak, "emi@accord.example", "EU", "INDUSTRY", "Voting journey");
        Voters.awaitKnownToVoting(keycloak, 2);
        String title = "Meeting in Brussels " + UUID.randomUUID().toString().substring(0, 6);

        String ballotUrl;
        try (Browser moderator = new Browser()) {
            moderator.open(home + "ballots");
            moderator.signInAtKeycloak("mo", Tokens.DEMO_PASSWORD);
            moderator.waitFor(By.id("title")).sendKeys(title);
            moderator.find(By.id("question")).sendKeys("Shall the plenary meet in Brussels in March?");
            moderator.select(By.id("preset"), "TRANSATLANTIC_DOUBLE_MAJORITY");
            String closesAt = LocalDateTime.ofInstant(Instant.now().plus(Duration.ofDays(2)), ZoneOffset.UTC)
                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
            moderator.script("document.getElementById('closesAt').value = '" + closesAt + "'");
            moderator.find(By.cssSelector("#open-ballot button[type=submit]")).click();
            moderator.waitForText(By.id("ballot-status"), "open");
            ballotUrl = moderator.currentUrl();
        }
        vote(ballotUrl, "uma", "APPROVE");
        vote(ballotUrl, "emi", "APPROVE_WITH_COMMENTS");

        try (Browser moderator = new Browser()) {
            moderator.open(ballotUrl);
            moderator.signInAtKeycloak("mo", Tokens.DEMO_PASSWORD);
            moderator.waitFor(By.cssSelector("form[action$='/closure'] input[name=reason]")).sendKeys("Both voted");
            moderator.find(By.id("close-ballot")).click();
            moderator.waitForText(By.id("result-outcome"), "Passed");
            assertThat(moderator.find(By.cssSelector("#result-tallies tr[data-scope='US']")).getText()).contains("1");
            assertThat(moderator.find(By.cssSelector("#result-tallies tr[data-scope='EU']")).getText()).contains("1");
        }
    }

    private void vote(String ballotUrl, String user, String position) {
        try (Browser voter = new Browser()) {
            voter.open(ballotUrl);
            voter.signInAtKeycloak(user, Tokens.DEMO_PASSWORD);
            voter.waitFor(By.cssSelector("#vote-form input[value='" + position + "']")).click();
            voter.find(By.cssSelector("#vote-form button[type=submit]")).click();
            voter.waitFor(By.cssSelector("#my-position[data-position='" + position + "']"));
        }
    }
}
