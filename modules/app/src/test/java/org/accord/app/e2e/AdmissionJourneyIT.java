package org.accord.app.e2e;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.accord.testing.AccordIntegrationStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator admits a member into a group in the browser, and the balance page changes. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = AccordIntegrationStack.class, restrictToAnnotatedClass = true)
class AdmissionJourneyIT {

    private static final By ACADEMIA_ROW = By.cssSelector("#balance-table tr[data-group='ACADEMIA']");

    @TestHTTPResource("/")
    URL home;

    @Test
    void admin_admitsAMemberIntoAGroup_andTheBalancePageChanges() {
        try (Browser browser = new Browser()) {
            browser.open(home + "balance");
            browser.signInAtKeycloak("ada", Tokens.DEMO_PASSWORD);
            String before = browser.waitFor(ACADEMIA_ROW).getText();

            browser.open(home + "members/admit");
            browser.waitFor(By.id("email")).sendKeys("journey-" + UUID.randomUUID().toString().substring(0, 8)
                    + "@example.org");
            browser.find(By.id("fullName")).sendKeys("Journey Person");
            browser.find(By.id("affiliation")).sendKeys("Universiteit van Amsterdam");
            browser.select(By.id("side"), "EU");
            browser.select(By.id("stakeholderGroup"), "ACADEMIA");
            browser.find(By.id("reason")).sendKeys("Nominated by the academia caucus");
            browser.find(By.cssSelector("#admit-form button[type=submit]")).click();

            browser.waitForText(By.id("member-status"), "Active");
            assertThat(browser.find(By.id("member-side")).getText()).isEqualTo("EU");

            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            String after = before;
            while (after.equals(before) && Instant.now().isBefore(deadline)) {
                browser.open(home + "balance");
                after = browser.waitFor(ACADEMIA_ROW).getText();
            }
            assertThat(after).isNotEqualTo(before);
        }
    }
}
