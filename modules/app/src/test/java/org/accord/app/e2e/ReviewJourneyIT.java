package org.accord.app.e2e;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.accord.testing.AccordIntegrationStack;
import org.accord.testing.InjectStack;
import org.accord.testing.KeycloakServer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A moderator opens a comment round on a committee draft; a US and an EU member comment through the page; the moderator
 * closes the round early; an editor revises the commented clause and disposes of both comments; the EU member objects
 * to the rejection; the moderator downloads the disposition-of-comments report as a Word document.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = AccordIntegrationStack.class, restrictToAnnotatedClass = true)
class ReviewJourneyIT {

    private static final By ANSWERED_BY = By
            .xpath("//main//p[starts-with(normalize-space(.), 'Answered by revisions')]/a");

    @TestHTTPResource("/")
    URL home;
    @InjectStack
    KeycloakServer keycloak;

    @Test
    void moderatorOpensARound_membersComment_editorDisposes_commenterObjects_reportListsIt() throws Exception {
        Accounts.Admitted us = Accounts.admit(keycloak, "US", "INDUSTRY", List.of());
        Accounts.Admitted eu = Accounts.admit(keycloak, "EU", "ACADEMIA", List.of());
        Drafts.Draft draft = Drafts.committeeDraft(keycloak, "RJ");
        String title = "CD comments " + UUID.randomUUID().toString().substring(0, 6);

        try (Browser moderator = new Browser()) {
            // 1. The moderator opens the round on CD 1, once review has heard of the version.
            moderator.open(home + "rounds");
            moderator.signInAtKeycloak("mo", Tokens.DEMO_PASSWORD);
            moderator.openUntilShown(home + "rounds",
                    By.cssSelector("#draftVersionId option[value='" + draft.versionId() + "']"),
                    "the version " + draft.versionId() + " offered in the moderator's form");
            moderator.select(By.id("draftVersionId"), draft.versionId());
            moderator.find(By.id("title")).sendKeys(title);
            moderator.script("document.getElementById('closesAt').value = '" + utcInput(Duration.ofDays(14)) + "'");
            moderator.find(By.cssSelector("#open-round input[name=visibility][value=WHILE_OPEN]")).click();
            moderator.find(By.cssSelector("#open-round button[type=submit]")).click();
            moderator.waitForText(By.id("round-status"), "open");
            String roundUrl = moderator.currentUrl();
            assertThat(roundUrl).as("the round's address").matches(".*/rounds/[0-9a-f-]{36}$");
            assertThat(moderator.find(By.tagName("h1")).getText()).isEqualTo(title);

            // 2. Each member comments through the page's form.
            String usComment = comment(roundUrl, us, "1", "te", "12", "The scope leaves out fine-tuned models.",
                    "Add \"and models fine-tuned from them\".");
            String euComment;
            try (Browser euBrowser = signedIn(roundUrl, eu)) {
                euComment = submitComment(euBrowser, "2", "ed", null, "Spell out 'AI' on first use.", null);

                // 3. The moderator closes the round early.
                moderator.open(roundUrl);
                moderator.waitFor(By.id("close-reason")).sendKeys("Enough comments to prepare CD 2");
                moderator.find(By.id("close-round")).click();
                moderator.waitForText(By.id("round-status"), "closed");
                assertThat(moderator.find(By.id("closed-by")).getText()).as("the round says who closed it and why")
                        .contains("mo").contains("Enough comments to prepare CD 2");
                assertThat(moderator.findAll(By.id("comment-form"))).as("no comment form once closed").isEmpty();
                assertThat(commentTypes(moderator)).as("both comments, in order").containsExactly("te", "ed");

                // 4. The editor revises clause 1 (answering the US comment) and disposes of both comments.
                try (Browser editor = new Browser()) {
                    String clauseUrl = home + "standards/" + draft.standardId() + "/clauses/" + draft.clauses().get(0);
                    editor.open(clauseUrl);
                    editor.signInAtKeycloak("eli", Tokens.DEMO_PASSWORD);
                    WebElement text = editor.waitFor(By.id("text"));
                    text.clear();
                    text.sendKeys("This standard covers open models and models fine-tuned from them.");
                    editor.find(By.id("rationale")).sendKeys("Answers the US comment on the scope");
                    editor.find(By.cssSelector("#answers-comments input[name=answersComments][value='" + usComment
                            + "']")).click();
                    editor.find(By.cssSelector("#edit-clause button[type=submit]")).click();
                    editor.waitForText(By.id("current-text"), "fine-tuned from them");

                    String usCommentUrl = roundUrl + "/comments/" + usComment;
                    editor.openUntilShown(usCommentUrl, By.cssSelector("#revision-choices input[name=revisionIds]"),
                            "the new revision of clause 1 offered in the disposition form");
                    editor.openUntilShown(usCommentUrl, ANSWERED_BY,
                            "the comment answered by the new revision");
                    assertThat(editor.find(ANSWERED_BY).getAttribute("href"))
                            .as("the answering revision leads to its clause page").isEqualTo(clauseUrl);
                    List<WebElement> revisions = editor.findAll(By.cssSelector("#revision-choices label"));
                    assertThat(revisions).as("revisions of clause 1 made since CD 1").hasSize(1);
                    assertThat(revisions.get(0).getText()).startsWith("1 Scope");
                    editor.find(By.cssSelector("#disposition-form input[name=decision][value=ACCEPTED_IN_PRINCIPLE]"))
                            .click();
                    editor.find(By.id("modification")).sendKeys("Fine-tuned models are covered in clause 1.");
                    editor.find(By.id("observations")).sendKeys("Worded differently from the proposal.");
                    editor.find(By.cssSelector("#revision-choices input[name=revisionIds]")).click();
                    editor.find(By.id("dispose")).click();
                    editor.waitForText(By.id("decision"), "Accepted in principle");
                    WebElement implementedBy = editor.find(By.cssSelector("#implemented-by a"));
                    assertThat(implementedBy.getAttribute("href")).as("the linked revision leads to its clause page")
                            .isEqualTo(clauseUrl);
                    assertThat(implementedBy.getText()).isEqualTo("Scope");

                    editor.open(roundUrl + "/comments/" + euComment);
                    editor.waitFor(By.cssSelector("#disposition-form input[name=decision][value=REJECTED]")).click();
                    editor.find(By.id("observations")).sendKeys("The abbreviation is defined in clause 2.");
                    editor.find(By.id("dispose")).click();
                    editor.waitForText(By.id("decision"), "Rejected");

                    editor.open(roundUrl);
                    editor.waitFor(By.id("comment-" + usComment));
                    editor.read(() -> {
                        WebElement usItem = editor.find(By.id("comment-" + usComment));
                        assertThat(usItem.findElement(By.cssSelector(".disposition")).getAttribute("data-decision"))
                                .isEqualTo("ACCEPTED_IN_PRINCIPLE");
                        assertThat(usItem.findElement(By.cssSelector(".disposition")).getText())
                                .contains("Accepted in principle").contains("Worded differently from the proposal.");
                        assertThat(usItem.findElements(By.cssSelector(".disposition a")))
                                .as("the round page links the revision that implements the disposition")
                                .extracting(link -> link.getAttribute("href")).containsExactly(clauseUrl);
                        WebElement euItem = editor.find(By.id("comment-" + euComment));
                        assertThat(euItem.findElement(By.cssSelector(".disposition")).getAttribute("data-decision"))
                                .isEqualTo("REJECTED");
                        assertThat(euItem.findElement(By.cssSelector(".disposition")).getText()).contains("Rejected")
                                .contains("The abbreviation is defined in clause 2.");
                        assertThat(editor.find(By.id("counts")).getText())
                                .isEqualTo("2 comments, 0 awaiting a disposition, 0 unresolved objections");
                    });

                    editor.open(clauseUrl);
                    assertThat(editor.waitFor(By.cssSelector("#revision-2 .answers a")).getText())
                            .as("the clause's new revision names the comment it answers").isEqualTo("#1");
                }

                // 5. The EU member is not satisfied with the rejection.
                euBrowser.open(roundUrl + "/comments/" + euComment);
                euBrowser.waitFor(By.cssSelector("#response-form input[name=satisfied][value=no]")).click();
                euBrowser.find(By.id("response-reason")).sendKeys("Readers of clause 1 meet the term first.");
                euBrowser.find(By.cssSelector("#response-form button[type=submit]")).click();
                euBrowser.waitForText(By.id("response"), "not satisfied");
            }
            moderator.open(roundUrl);
            assertThat(moderator.waitFor(By.id("objections")).getText()).as("the round's unresolved objections")
                    .contains("#2").contains("Readers of clause 1 meet the term first.");
            assertThat(moderator.findAll(By.cssSelector("#objections li"))).hasSize(1);
            moderator.read(() -> {
                assertThat(moderator.find(By.id("counts")).getText())
                        .isEqualTo("2 comments, 0 awaiting a disposition, 1 unresolved objections");
            });

            // 6. The moderator downloads the report and reads it as the Word document it is.
            String href = moderator.find(By.id("download-docx")).getAttribute("href");
            HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", moderator.cookieHeader()).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).as("downloading " + href).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                    .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
            assertThat(download.headers().firstValue("Content-Disposition"))
                    .hasValueSatisfying(disposition -> assertThat(disposition).contains("attachment")
                            .contains(".docx"));
            assertReport(download.body(), draft.reference());
        }
    }

    private static void assertReport(byte[] docx, String reference) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getTables()).as("tables in the report").hasSize(1);
            assertThat(document.getParagraphs()).extracting(p -> p.getText())
                    .anySatisfy(text -> assertThat(text).contains(reference + " CD 1"));
            XWPFTable table = document.getTables().get(0);
            assertThat(cells(table.getRow(0))).as("the template's header row").containsExactly("MB/NC",
                    "Line number", "Clause/Subclause", "Paragraph/Figure/Table/Note", "Type of comment", "Comments",
                    "Proposed change", "Observations of the secretariat");
            assertThat(table.getRows()).as("header and one row per comment").hasSize(3);

            List<String> usRow = cells(table.getRow(1));
            assertThat(usRow.get(0)).as("MB/NC of the US comment").isEqualTo("US · Industry");
            assertThat(usRow.subList(1, 5)).as("line, clause, element and type of the US comment")
                    .containsExactly("12", "1", "", "te");
            assertThat(usRow.get(5)).contains("The scope leaves out fine-tuned models.");
            assertThat(usRow.get(6)).contains("and models fine-tuned from them");
            assertThat(usRow.get(7)).as("observations on the US comment").startsWith("Accepted in principle")
                    .contains("Fine-tuned models are covered in clause 1.")
                    .contains("Worded differently from the proposal.");

            List<String> euRow = cells(table.getRow(2));
            assertThat(euRow.get(0)).as("MB/NC of the EU comment").isEqualTo("EU · Academia");
            assertThat(euRow.subList(1, 5)).as("line, clause, element and type of the EU comment")
                    .containsExactly("", "2", "", "ed");
            assertThat(euRow.get(5)).contains("Spell out 'AI' on first use.");
            assertThat(euRow.get(6)).isEmpty();
            assertThat(euRow.get(7)).as("observations on the EU comment").startsWith("Rejected")
                    .contains("The abbreviation is defined in clause 2.");
        }
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).map(String::strip).toList();
    }

    /** Signs the member in on the round page and submits a comment there; returns the comment's id. */
    private String comment(String roundUrl, Accounts.Admitted member, String clauseNumber, String type,
            String lineNumber, String text, String proposedChange) {
        try (Browser browser = signedIn(roundUrl, member)) {
            return submitComment(browser, clauseNumber, type, lineNumber, text, proposedChange);
        }
    }

    /** A browser signed in as the member on the round page, once review lets them comment. */
    private Browser signedIn(String roundUrl, Accounts.Admitted member) {
        Browser browser = new Browser();
        try {
            browser.open(roundUrl);
            browser.signInAtKeycloak(member.email(), member.password());
            browser.waitFor(By.id("round-status"));
            browser.openUntilShown(roundUrl, By.id("comment-form"), "the comment form for " + member.email());
            return browser;
        } catch (RuntimeException | Error e) {
            browser.close();
            throw e;
        }
    }

    private static String submitComment(Browser browser, String clauseNumber, String type, String lineNumber,
            String text, String proposedChange) {
        List<String> before = commentIds(browser);
        WebElement clause = browser.find(By.cssSelector("#comment-form select[name=clause]")).findElements(By
                .tagName("option")).stream().filter(option -> option.getText().startsWith(clauseNumber + " "))
                .findFirst().orElseThrow(() -> new AssertionError("no clause " + clauseNumber + " to choose"));
        browser.select(By.id("clause"), clause.getAttribute("value"));
        if (lineNumber != null) {
            browser.find(By.id("lineNumber")).sendKeys(lineNumber);
        }
        browser.find(By.cssSelector("#comment-form input[name=type][value=" + type + "]")).click();
        browser.find(By.id("text")).sendKeys(text);
        if (proposedChange != null) {
            browser.find(By.id("proposedChange")).sendKeys(proposedChange);
        }
        browser.find(By.cssSelector("#comment-form button[type=submit]")).click();
        browser.waitUntil(() -> commentIds(browser).size() > before.size());
        List<String> added = commentIds(browser).stream().filter(id -> !before.contains(id)).toList();
        assertThat(added).as("the comment just submitted").hasSize(1);
        browser.read(() -> {
            WebElement item = browser.find(By.id("comment-" + added.get(0)));
            assertThat(item.getAttribute("data-type")).isEqualTo(type);
            assertThat(item.getText()).contains("Clause " + clauseNumber).contains(text);
        });
        return added.get(0);
    }

    private static List<String> commentIds(Browser browser) {
        return browser.read(() -> browser.findAll(By.cssSelector("#comment-list > li")).stream()
                .map(item -> item.getAttribute("id").substring("comment-".length())).toList());
    }

    private static List<String> commentTypes(Browser browser) {
        return browser.read(() -> browser.findAll(By.cssSelector("#comment-list > li")).stream()
                .map(item -> item.getAttribute("data-type")).toList());
    }

    private static String utcInput(Duration fromNow) {
        return LocalDateTime.ofInstant(Instant.now().plus(fromNow), ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    }
}
