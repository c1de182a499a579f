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
 * Two people at once, neither reloading: a moderator opens a ballot and it appears on a member's home page and in their
 * header's counts; the member votes and their position appears on the moderator's page of the roll-call ballot; the
 * moderator closes it and the member's ballot page turns into the result. A mark set on each page before the wait is
 * still there after it, so the page changed in place.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = AccordIntegrationStack.class, restrictToAnnotatedClass = true)
class LiveJourneyIT {

    private static final Duration LIVE = Duration.ofSeconds(30);
    private static final String MARK = "document.body.dataset.journey = 'not reloaded'";
    private static final By MARKED = By.cssSelector("body[data-journey='not reloaded']");

    @TestHTTPResource("/")
    URL home;
    @InjectStack
    KeycloakServer keycloak;

    @Test
    void aBallotReachesAMembersHomePage_andTheirVoteTheModeratorsBallotPage_withoutAReload() {
        int known = Voters.knownToVoting(keycloak);
        if (Voters.admit(keycloak, "ula@accord.example", "US", "ACADEMIA", "Live journey")) {
            Voters.awaitKnownToVoting(keycloak, known + 1);
        }
        String title = "Live ballot " + UUID.randomUUID().toString().substring(0, 6);

        try (Browser member = new Browser(); Browser moderator = new Browser()) {
            member.open(home + "signin");
            member.signInAtKeycloak("ula", Tokens.DEMO_PASSWORD);
            member.openUntilShown(home.toString(), By.id("needs-you"), "the member's needs on the home page");
            member.script(MARK);
            By needsCount = By.id("needs-you-count");
            String countBefore = member.read(() -> member.find(needsCount).getText());

            moderator.open(home + "ballots");
            moderator.signInAtKeycloak("mo", Tokens.DEMO_PASSWORD);
            moderator.waitFor(By.id("title")).sendKeys(title);
            moderator.find(By.id("question")).sendKeys("Shall the working group meet online in January?");
            String closesAt = LocalDateTime.ofInstant(Instant.now().plus(Duration.ofDays(2)), ZoneOffset.UTC)
                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
            moderator.script("document.getElementById('closesAt').value = '" + closesAt + "'");
            moderator.find(By.cssSelector("#open-ballot button[type=submit]")).click();
            moderator.waitForText(By.id("ballot-status"), "open");
            String ballotPath = java.net.URI.create(moderator.currentUrl()).getPath();
            By votes = By.cssSelector("#votes li");
            assertThat(moderator.findAll(votes)).isEmpty();
            moderator.script(MARK);

            By ballotOnHome = By.cssSelector("#needs-ballots a[href='" + ballotPath + "']");
            member.waitUntil(LIVE, () -> !member.findAll(ballotOnHome).isEmpty());
            assertThat(member.findAll(MARKED)).as("the member's home page, changed in place").hasSize(1);
            assertThat(member.read(() -> member.find(ballotOnHome).getText())).isEqualTo(title);
            member.waitUntil(LIVE, () -> !member.find(needsCount).getText().equals(countBefore));
            assertThat(member.findAll(MARKED)).as("the header's counts, changed with the needs").hasSize(1);

            member.find(ballotOnHome).click();
            member.waitFor(By.cssSelector("#vote-form input[value='APPROVE']")).click();
            member.find(By.cssSelector("#vote-form button[type=submit]")).click();
            member.waitFor(By.cssSelector("#my-position[data-position='APPROVE']"));

            moderator.waitUntil(LIVE, () -> !moderator.findAll(votes).isEmpty());
            assertThat(moderator.findAll(MARKED)).as("the moderator's ballot page, changed in place").hasSize(1);
            assertThat(moderator.read(() -> moderator.find(votes).getText())).endsWith(": Approve");

            member.script(MARK);
            moderator.find(By.cssSelector("form[action$='/closure'] input[name=reason]")).sendKeys("Everyone voted");
            moderator.find(By.id("close-ballot")).click();
            moderator.waitForText(By.id("result-outcome"), "Passed");
            member.waitUntil(LIVE, () -> !member.findAll(By.id("result-outcome")).isEmpty());
            assertThat(member.findAll(MARKED)).as("the member's ballot page, switched in place").hasSize(1);
            assertThat(member.read(() -> member.find(By.id("result-outcome")).getText())).isEqualTo("Passed");
        }
    }
}
