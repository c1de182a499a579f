package org.accord.app.e2e;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo working group used with the keyboard alone: no click anywhere, only Tab, Enter, Space, arrows and typing.
 * The skip link comes first and leads into the main content; the focus is always visible; Tab follows the order in
 * which the page reads; a moderator opens a ballot, a member votes in it, an editor adds a clause, a member comments on
 * the open round; and a refused form names its error on the field it concerns.
 */
class KeyboardJourneyIT {

    private static final int MOST_TABS = 120;

    @RegisterExtension
    static final DemoGroup group = DemoGroup.forTheTestClass();

    @Test
    void skipLink_isTheFirstStop_andMovesTheFocusIntoTheMainContent() {
        try (Browser browser = Visitor.ANONYMOUS.browse(group)) {
            press(browser, Keys.TAB);
            WebElement skip = browser.focused();
            assertThat(skip.getAttribute("class")).as("the first element Tab reaches").contains("skip-link");
            assertThat(skip.isDisplayed() && skip.getRect().getX() >= 0).as("the skip link shows once focused")
                    .isTrue();
            press(browser, Keys.ENTER);
            assertThat(browser.focused().getAttribute("id")).as("the focus after the skip link").isEqualTo("main");
            press(browser, Keys.TAB);
            assertThat(browser.<Boolean> evaluate("return document.activeElement.closest('main') !== null"))
                    .as("the next Tab stays in the main content").isTrue();
        }
    }

    @Test
    void everyStopOfAFormPage_showsItsFocus_inTheOrderThePageReads() {
        try (Browser moderator = Visitor.MODERATOR.browse(group)) {
            moderator.open(group.url("/ballots").toString());
            moderator.waitFor(By.id("open-ballot"));
            List<String> unseen = new ArrayList<>();
            List<String> outOfOrder = new ArrayList<>();
            Map<String, Object> previous = null;
            WebElement previousElement = null;
            for (int stop = 0; stop < MOST_TABS; stop++) {
                press(moderator, Keys.TAB);
                WebElement element = moderator.focused();
                if (element.equals(previousElement)) {
                    continue; // a stop inside one control: the day, month, year, hour and minute of a date and time
                }
                Map<String, Object> focused = moderator.evaluate(LOOK, element);
                if (previousElement != null) {
                    Map<String, Object> unfocused = moderator.evaluate(LOOK, previousElement);
                    if (!visiblyFocused(previous, unfocused)) {
                        unseen.add(previous.get("name") + " focused " + previous.get("ring") + ", unfocused "
                                + unfocused.get("ring"));
                    }
                    if (Boolean.TRUE.equals(previous.get("inMain")) && Boolean.TRUE.equals(focused.get("inMain"))
                            && !readsAfter(previous, focused)) {
                        outOfOrder.add(previous.get("name") + " then " + focused.get("name"));
                    }
                }
                if ("BUTTON".equals(focused.get("tag")) && "open-ballot".equals(focused.get("form"))) {
                    break;
                }
                previous = focused;
                previousElement = element;
            }
            assertThat(moderator.<String> evaluate("return document.activeElement.form?.id ?? ''"))
                    .as("Tab reaches the open-ballot form's button").isEqualTo("open-ballot");
            assertThat(unseen).as("stops whose focus does not show").isEmpty();
            assertThat(outOfOrder).as("stops Tab reaches out of the order the page reads").isEmpty();
        }
    }

    @Test
    void moderatorOpensABallot_memberVotes_editorAddsAClause_memberComments_withTheKeyboardAlone() {
        String title = "Keyboard ballot " + System.nanoTime() % 100_000;
        String ballotUrl;
        try (Browser moderator = Visitor.MODERATOR.browse(group)) {
            moderator.open(group.url("/ballots").toString());
            moderator.waitFor(By.id("open-ballot"));
            tabTo(moderator, byId("title"));
            type(moderator, title);
            tabTo(moderator, byId("question"));
            type(moderator, "Shall the group meet online in January?");
            tabTo(moderator, byId("closesAt"));
            LocalDateTime closes = LocalDateTime.now(ZoneOffset.UTC).plusDays(3).withHour(10).withMinute(30)
                    .truncatedTo(ChronoUnit.MINUTES);
            typeDateTime(moderator, closes);
            assertThat(moderator.<String> evaluate("return document.getElementById('closesAt').value"))
                    .as("the closing time typed").isEqualTo(closes.toString());
            tabTo(moderator, submitOf("open-ballot"));
            press(moderator, Keys.ENTER);
            moderator.waitFor(By.id("ballot-status"));
            assertThat(moderator.find(By.tagName("h1")).getText()).isEqualTo(title);
            ballotUrl = moderator.currentUrl();
        }

        try (Browser member = Visitor.MEMBER.browse(group)) {
            String ballotPath = ballotUrl.substring(ballotUrl.indexOf("/ballots/"));
            member.openUntilShown(group.url("/").toString(), By.cssSelector("#needs-ballots a[href='" + ballotPath
                    + "']"), "the new ballot among what needs the member");
            tabTo(member, element -> ballotPath.equals(element.getDomProperty("pathname")));
            press(member, Keys.ENTER);
            member.waitFor(By.id("vote-form"));
            tabTo(member, element -> "position".equals(element.getAttribute("name")));
            press(member, Keys.SPACE);
            press(member, Keys.ARROW_DOWN);
            assertThat(member.find(By.cssSelector("#vote-form input[value=APPROVE_WITH_COMMENTS]")).isSelected())
                    .as("the position chosen with the arrow key").isTrue();
            tabTo(member, byId("reason"));
            type(member, "Online meetings let observers join.");
            tabTo(member, submitOf("vote-form"));
            press(member, Keys.ENTER);
            member.waitFor(By.id("my-position"));
            member.waitForText(By.id("votes"), "Uma Patel");
        }

        String heading = "Keyboard clause " + System.nanoTime() % 100_000;
        try (Browser editor = Visitor.EDITOR.browse(group)) {
            editor.open(group.url("/standards/" + group.records().draftStandard()).toString());
            editor.waitFor(By.id("add-clause"));
            tabTo(editor, byId("heading"));
            type(editor, heading);
            tabTo(editor, byId("text"));
            type(editor, "Providers report the energy used to train the model.");
            tabTo(editor, submitOf("add-clause"));
            press(editor, Keys.ENTER);
            editor.waitUntil(() -> editor.findAll(By.cssSelector("#clauses article h3")).stream()
                    .anyMatch(clause -> clause.getText().contains(heading)));
        }

        String comment = "The clause should name the unit of energy.";
        try (Browser member = Visitor.MEMBER.browse(group)) {
            member.open(group.url("/rounds/" + group.records().round()).toString());
            member.waitFor(By.id("comment-form"));
            int before = member.findAll(By.cssSelector("#comment-list > li")).size();
            // A line number the round refuses: the page comes back in place, the field names its error and has the focus.
            tabTo(member, byId("lineNumber"));
            type(member, "0");
            chooseTheSecondType(member);
            tabTo(member, byId("text"));
            type(member, comment);
            tabTo(member, submitOf("comment-form"));
            press(member, Keys.ENTER);
            member.waitFor(By.id("lineNumber-error"));
            WebElement lineNumber = member.focused();
            assertThat(lineNumber.getAttribute("id")).as("the field refused takes the focus").isEqualTo("lineNumber");
            assertThat(lineNumber.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(lineNumber.getAttribute("aria-describedby")).contains("lineNumber-error");
            AxeAudit.assertClean(member);

            // What was typed stays: only the refused field needs typing again.
            assertThat(member.find(By.cssSelector("input[name=type]:checked")).getAttribute("value")).isEqualTo("te");
            assertThat(member.find(By.id("text")).getAttribute("value")).isEqualTo(comment);
            member.keyboard().keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys("3").perform();
            member.keyboard().keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            assertThat(member.focused().getAttribute("id")).as("Shift+Tab goes back to the clause").isEqualTo("clause");
            press(member, Keys.ARROW_DOWN);
            tabTo(member, submitOf("comment-form"));
            press(member, Keys.ENTER);
            member.waitUntil(() -> member.findAll(By.cssSelector("#comment-list > li")).size() > before);
            WebElement added = member.findAll(By.cssSelector("#comment-list > li")).get(before);
            assertThat(added.getAttribute("data-type")).isEqualTo("te");
            assertThat(added.getText()).contains(comment);
        }
    }

    @Test
    void aFormRefusedByKeyboard_tiesEachErrorToItsField() {
        try (Browser admin = Visitor.ADMIN.browse(group)) {
            admin.open(group.url("/members/admit").toString());
            admin.waitFor(By.id("admit-form"));
            tabTo(admin, byId("email"));
            type(admin, "not-an-address");
            press(admin, Keys.ENTER);
            WebElement error = admin.waitFor(By.id("email-error"));
            WebElement email = admin.find(By.id("email"));
            assertThat(email.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(email.getAttribute("aria-describedby")).as("the field names its error").contains("email-error");
            assertThat(error.getText()).isNotBlank();
            AxeAudit.assertClean(admin);
            assertThat(admin.<String> evaluate("return document.getElementById('email').value"))
                    .as("what was typed is kept").isEqualTo("not-an-address");
        }
    }

    /**
     * How an element looks and where it sits: its name, focus ring (outline and shadow), box, form and whether it is in
     * the main content.
     */
    private static final String LOOK = """
            const e = arguments[0];
            const style = getComputedStyle(e);
            const box = e.getBoundingClientRect();
            return { name: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[name=' + e.name + ']' : ''),
              tag: e.tagName, form: e.form ? e.form.id : '', inMain: e.closest('main') !== null,
              ring: style.outlineStyle + ' ' + style.outlineWidth + ' ' + style.outlineColor + ' / ' + style.boxShadow,
              outline: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth), shadow: style.boxShadow,
              top: box.top + scrollY, bottom: box.bottom + scrollY, left: box.left };
            """;

    private static boolean visiblyFocused(Map<String, Object> focused, Map<String, Object> unfocused) {
        boolean ring = !"none".equals(focused.get("outline"))
                && ((Number) focused.get("outlineWidth")).doubleValue() > 0
                || !"none".equals(focused.get("shadow"));
        return ring && !focused.get("ring").equals(unfocused.get("ring"));
    }

    /**
     * Whether {@code next} comes after {@code previous} in reading order: lower down, or on the same line further on.
     */
    private static boolean readsAfter(Map<String, Object> previous, Map<String, Object> next) {
        double top = number(next, "top");
        double previousTop = number(previous, "top");
        boolean sameLine = top < number(previous, "bottom") && number(next, "bottom") > previousTop;
        return sameLine ? number(next, "left") >= number(previous, "left") : top >= previousTop;
    }

    private static double number(Map<String, Object> look, String key) {
        return ((Number) look.get(key)).doubleValue();
    }

    private static Predicate<WebElement> byId(String id) {
        return element -> id.equals(element.getAttribute("id"));
    }

    private static Predicate<WebElement> submitOf(String formId) {
        return element -> "button".equals(element.getTagName()) && "submit".equals(element.getAttribute("type"))
                && !element.findElements(By.xpath("ancestor::form[@id='" + formId + "']")).isEmpty();
    }

    /**
     * Types a date and time into the focused {@code datetime-local} field as its parts stand in the browser's locale
     * (the day, month and year in the locale's order, then hours and minutes, and AM or PM where the locale has them),
     * moving from the year to the hours with the right arrow.
     */
    private static void typeDateTime(Browser browser, LocalDateTime at) {
        Locale locale = Locale.forLanguageTag(browser.evaluate("return navigator.language"));
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, FormatStyle.SHORT,
                IsoChronology.INSTANCE, locale);
        String datePart = pattern.replaceAll("[^dMy]", "").replaceAll("(.)\\1+", "$1");
        assertThat(datePart).as("a locale whose dates end with the year: " + pattern).matches("dMy|Mdy");
        for (char field : datePart.toCharArray()) {
            type(browser, switch (field) {
                case 'd' -> String.format("%02d", at.getDayOfMonth());
                case 'M' -> String.format("%02d", at.getMonthValue());
                default -> String.format("%04d", at.getYear());
            });
        }
        press(browser, Keys.ARROW_RIGHT);
        boolean twelveHours = pattern.contains("a");
        int hour = twelveHours ? (at.getHour() + 11) % 12 + 1 : at.getHour();
        type(browser, String.format("%02d%02d", hour, at.getMinute()));
        if (twelveHours) {
            type(browser, at.getHour() < 12 ? "A" : "P");
        }
    }

    /**
     * Tabs into the comment type's radio buttons, checks the first with Space and moves to the second with an arrow.
     */
    private static void chooseTheSecondType(Browser browser) {
        tabTo(browser, element -> "type".equals(element.getAttribute("name")));
        press(browser, Keys.SPACE);
        press(browser, Keys.ARROW_DOWN);
    }

    /** Presses Tab until the focused element is the one wanted; fails if Tab never reaches it. */
    private static void tabTo(Browser browser, Predicate<WebElement> wanted) {
        for (int stop = 0; stop < MOST_TABS; stop++) {
            if (wanted.test(browser.focused())) {
                return;
            }
            press(browser, Keys.TAB);
        }
        throw new AssertionError("Tab did not reach the element wanted within " + MOST_TABS + " stops on "
                + browser.currentUrl());
    }

    private static void press(Browser browser, Keys key) {
        browser.keyboard().sendKeys(key).perform();
    }

    private static void type(Browser browser, String text) {
        browser.keyboard().sendKeys(text).perform();
    }
}
