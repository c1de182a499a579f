package org.accord.app.e2e;

import java.net.URL;
import java.util.List;
import java.util.UUID;

import org.accord.testing.AccordIntegrationStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor creates a standard, adds and reorders clauses, publishes WD 1, edits, publishes WD 2; a member opens the
 * redline between the two.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = AccordIntegrationStack.class, restrictToAnnotatedClass = true)
class DraftingJourneyIT {

    @TestHTTPResource("/")
    URL home;

    @Test
    void editorDraftsAndPublishesTwoVersions_memberReadsTheRedline() {
        String reference = "J " + UUID.randomUUID().toString().substring(0, 6);
        String standardUrl;
        try (Browser editor = new Browser()) {
            editor.open(home + "standards");
            editor.signInAtKeycloak("eli", Tokens.DEMO_PASSWORD);
            editor.waitFor(By.id("reference")).sendKeys(reference);
            editor.find(By.id("title")).sendKeys("Journey standard");
            editor.find(By.cssSelector("#create-standard button[type=submit]")).click();
            editor.waitFor(By.id("add-clause"));
            standardUrl = editor.currentUrl();

            addClause(editor, "Scope", "This standard covers open models.");
            addClause(editor, "Openness of weights", "Weights are published.");
            addClause(editor, "Definitions", "Terms used in this standard.");
            assertThat(headings(editor)).containsExactly("Scope", "Openness of weights", "Definitions");

            WebElement definitions = clauseNamed(editor, "Definitions");
            definitions.findElement(By.tagName("summary")).click();
            WebElement before = definitions.findElement(By.cssSelector(".move-form input[name=beforeId]"));
            before.clear();
            before.sendKeys(clauseNamed(editor, "Openness of weights").getAttribute("data-clause-id"));
            definitions.findElement(By.cssSelector(".move-form button")).click();
            editor.waitUntil(() -> headings(editor).equals(List.of("Scope", "Definitions", "Openness of weights")));

            editor.find(By.id("publish-version")).click();
            editor.waitForText(By.id("version-label"), "WD 1");

            editor.open(standardUrl);
            clauseNamed(editor, "Openness of weights").findElement(By.cssSelector("h3 a")).click();
            WebElement text = editor.waitFor(By.id("text"));
            text.clear();
            text.sendKeys("Weights are published under an open licence.");
            editor.find(By.id("rationale")).sendKeys("Name the licence");
            editor.find(By.cssSelector("#edit-clause button[type=submit]")).click();
            editor.waitForText(By.id("current-text"), "open licence");

            editor.open(standardUrl);
            editor.waitFor(By.id("publish-version")).click();
            editor.waitForText(By.id("version-label"), "WD 2");
        }
        try (Browser member = new Browser()) {
            member.open(standardUrl);
            member.signInAtKeycloak("uma", Tokens.DEMO_PASSWORD);
            member.waitFor(By.cssSelector("#compare-versions button")).click();
            member.waitForText(By.id("diff-summary"), "1 changed");
            assertThat(member.find(By.cssSelector(".change-changed ins")).getText()).contains("open licence");
        }
    }

    private static void addClause(Browser browser, String heading, String text) {
        browser.waitFor(By.id("heading")).clear();
        browser.find(By.id("heading")).sendKeys(heading);
        browser.find(By.id("text")).sendKeys(text);
        browser.find(By.cssSelector("#add-clause button[type=submit]")).click();
        browser.waitUntil(() -> headings(browser).contains(heading));
    }

    private static List<String> headings(Browser browser) {
        return browser.findAll(By.cssSelector("#clauses article.clause h3 a")).stream().map(WebElement::getText)
                .toList();
    }

    private static WebElement clauseNamed(Browser browser, String heading) {
        return browser.findAll(By.cssSelector("#clauses article.clause")).stream()
                .filter(clause -> clause.findElement(By.cssSelector("h3 a")).getText().equals(heading)).findFirst()
                .orElseThrow();
    }
}
