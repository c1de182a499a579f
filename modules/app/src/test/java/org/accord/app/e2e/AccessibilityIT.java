package org.accord.app.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the application passes axe-core's WCAG 2.2 AA rules, signed out and as each role that sees it, in
 * English, French and German; and no page scrolls sideways on a phone 320 px wide or in a 1280 px window zoomed to
 * 200%. The pages show the demo working group's records (see {@link DemoGroup}).
 *
 * <p>
 * The matrix: each page is visited once by each visitor who may see it, and the language turns with the visitor, so
 * that the visits of a page cover every language; a page fewer than three visitors see (an administrator's page) is
 * visited again by the last of them until every language is covered.
 */
class AccessibilityIT {

    private static final List<String> LANGUAGES = List.of("en", "fr", "de");

    /** A page to audit: its name in the report, its path, who may see it, and the status it answers with. */
    record Page(String name, String path, Set<Visitor> visitors, int status) {

        Page(String name, String path, Set<Visitor> visitors) {
            this(name, path, visitors, 200);
        }
    }

    /** One visit of a page by a visitor in a language, and what axe found there. */
    record Visit(Page page, Visitor visitor, String language, AxeAudit.Result result) {
    }

    @RegisterExtension
    static final DemoGroup group = DemoGroup.forTheTestClass();

    @Test
    void everyPage_asEachVisitorWhoSeesIt_inEachLanguage_hasNoAxeViolation() {
        List<Page> pages = pages(group.records());
        Map<Visitor, List<Map.Entry<Page, String>>> plan = plan(pages);
        List<Visit> visits = new ArrayList<>();
        List<String> wrongLanguage = new ArrayList<>();
        List<String> stillRegions = new ArrayList<>();
        List<String> wrongStatus = new ArrayList<>();
        plan.forEach((visitor, planned) -> {
            try (Browser browser = visitor.browse(group)) {
                for (Map.Entry<Page, String> visit : planned) {
                    String language = visit.getValue();
                    show(browser, visit.getKey(), language);
                    long status = browser.evaluate(STATUS);
                    if (status != visit.getKey().status()) {
                        wrongStatus.add(visit.getKey().name() + " as " + visitor + ": " + status);
                    }
                    String shown = browser.evaluate("return document.documentElement.lang");
                    if (!language.equals(shown)) {
                        wrongLanguage.add(visit.getKey().name() + " as " + visitor + ": lang=" + shown + ", not "
                                + language);
                    }
                    String still = browser.evaluate(STILL_LIVE_REGIONS);
                    if (!still.isEmpty()) {
                        stillRegions.add(visit.getKey().name() + " as " + visitor + ": " + still);
                    }
                    visits.add(new Visit(visit.getKey(), visitor, language, AxeAudit.of(browser)));
                }
            }
        });
        System.out.println(summary(pages, visits));

        assertThat(LANGUAGES).as("every page in every language").allSatisfy(language -> assertThat(pages)
                .allSatisfy(
                        page -> assertThat(visits).anyMatch(v -> v.page() == page && v.language().equals(language))));
        assertThat(wrongStatus).as("pages that did not answer as expected: not the page meant").isEmpty();
        assertThat(wrongLanguage).as("pages whose lang attribute is not the language chosen").isEmpty();
        assertThat(stillRegions).as("live regions that nothing updates in place").isEmpty();
        List<String> failures = visits.stream().filter(visit -> !visit.result().clean())
                .map(visit -> visit.page().name() + " as " + visit.visitor() + " in " + visit.language() + ": "
                        + visit.result().report())
                .toList();
        assertThat(failures).as("pages with axe-core violations of WCAG 2.2 AA").isEmpty();
    }

    @Test
    void everyPage_onAPhoneAndAtDoubleZoom_scrollsOnlyUpAndDown() {
        List<Page> pages = pages(group.records());
        List<String> failures = new ArrayList<>();
        for (Visitor visitor : List.of(Visitor.ADMIN, Visitor.ANONYMOUS)) {
            try (Browser browser = visitor.browse(group)) {
                for (Page page : pages) {
                    if (!page.visitors().contains(visitor)) {
                        continue;
                    }
                    // A phone 320 CSS px wide, and a 1280 x 900 window at 200% zoom: the browser then lays the page
                    // out 640 CSS px wide with two device pixels to each, exactly as its zoom does.
                    for (int[] screen : new int[][]{{320, 640, 1}, {640, 450, 0}}) {
                        browser.emulateScreen(screen[0], screen[1], 2, screen[2] == 1);
                        show(browser, page, "de");
                        String overflow = browser.evaluate(OVERFLOW);
                        if (!overflow.isEmpty()) {
                            failures.add(page.name() + " at " + screen[0] + " CSS px: " + overflow);
                        }
                    }
                }
            }
        }
        assertThat(failures).as("pages that scroll sideways, or tables that scroll in no labelled region").isEmpty();
    }

    /**
     * Empty when the page is no wider than the screen and every table wider than its box sits in a focusable, labelled
     * region that scrolls it; otherwise what sticks out.
     */
    private static final String OVERFLOW = """
            const root = document.documentElement;
            const problems = [];
            const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
              + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
            const scrolls = (e) => { for (let a = e.parentElement; a; a = a.parentElement) {
              const x = getComputedStyle(a).overflowX; if (x === 'auto' || x === 'scroll' || x === 'hidden') return a; }
              return null; };
            if (root.scrollWidth > root.clientWidth) {
              problems.push('page ' + root.scrollWidth + ' px wide in ' + root.clientWidth);
              [...document.body.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > root.clientWidth + 1
                  && !scrolls(e)).slice(-5).forEach((e) => problems.push(name(e) + ' ends at '
                  + Math.round(e.getBoundingClientRect().right)));
            }
            document.querySelectorAll('table').forEach((table) => {
              const box = scrolls(table);
              if (table.getBoundingClientRect().width > (box || root).clientWidth + 1 || (box && box.scrollWidth > box.clientWidth)) {
                if (!box || box.getAttribute('role') !== 'region' || box.getAttribute('tabindex') !== '0'
                    || !(box.getAttribute('aria-label') || box.getAttribute('aria-labelledby'))) {
                  problems.push(name(table) + ' scrolls in no focusable, labelled region');
                }
              }
            });
            return problems.join('; ');
            """;

    /** The status the page's address answers with now (the browser does not tell what it was when it opened it). */
    private static final String STATUS = """
            const request = new XMLHttpRequest();
            request.open('GET', location.href, false);
            request.send();
            return request.status;
            """;

    /**
     * The live regions ({@code aria-live}) that nothing on the page updates in place, by name: a region must follow a
     * live stream, fetch itself (htmx), or be or hold what an htmx request swaps.
     */
    private static final String STILL_LIVE_REGIONS = """
            const swapped = [];
            document.querySelectorAll('[hx-get],[hx-post]').forEach((e) => {
              const holder = e.closest('[hx-target]');
              const target = holder ? holder.getAttribute('hx-target') : 'this';
              if (target === 'this') { swapped.push(holder || e); return; }
              try { document.querySelectorAll(target).forEach((t) => swapped.push(t)); } catch (notASelector) { }
            });
            return [...document.querySelectorAll('[aria-live]')]
              .filter((region) => !region.matches('[data-live-stream],[hx-get],[hx-post]')
                && !swapped.some((t) => region === t || region.contains(t)))
              .map((region) => region.tagName.toLowerCase() + (region.id ? '#' + region.id : '')).join(', ');
            """;

    /** Opens the page in the language, as the shell's switch leaves it chosen, and waits until htmx has settled it. */
    private static void show(Browser browser, Page page, String language) {
        browser.setCookie("accord-language", language);
        browser.open(group.url(page.path()).toString());
        browser.waitUntil(Duration.ofSeconds(30), () -> Boolean.TRUE.equals(browser.evaluate(
                "return document.readyState === 'complete' && !document.querySelector('.htmx-request')")));
    }

    /**
     * Each visitor's visits: every visitor who may see a page visits it once, the language turning from visit to visit
     * and from page to page; the last visitor visits again until the page has been seen in every language.
     */
    static Map<Visitor, List<Map.Entry<Page, String>>> plan(List<Page> pages) {
        Map<Visitor, List<Map.Entry<Page, String>>> plan = new LinkedHashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            Page page = pages.get(p);
            List<Visitor> visitors = List.copyOf(page.visitors());
            for (int k = 0; k < Math.max(visitors.size(), LANGUAGES.size()); k++) {
                Visitor visitor = visitors.get(Math.min(k, visitors.size() - 1));
                plan.computeIfAbsent(visitor, ignored -> new ArrayList<>())
                        .add(Map.entry(page, LANGUAGES.get((p + k) % LANGUAGES.size())));
            }
        }
        return plan;
    }

    static List<Page> pages(DemoGroup.Records r) {
        Set<Visitor> members = Visitor.MEMBERS;
        Set<Visitor> everyone = Visitor.EVERYONE;
        Set<Visitor> admin = EnumSet.of(Visitor.ADMIN);
        String consensus = "/standards/" + r.consensusStandard();
        String draft = "/standards/" + r.draftStandard();
        String round = "/rounds/" + r.round();
        List<String> versions = r.consensusVersions();
        List<Page> pages = new ArrayList<>(List.of(
                new Page("home", "/", EnumSet.of(Visitor.ANONYMOUS, Visitor.MEMBER, Visitor.EDITOR,
                        Visitor.MODERATOR, Visitor.LIAISON, Visitor.ADMIN, Visitor.NEWCOMER)),
                new Page("members directory", "/members", members),
                new Page("member profile", "/members/" + r.profile(), members),
                new Page("own profile", "/members/me", members),
                new Page("profile edit", "/members/me/edit", members),
                new Page("admit a member", "/members/admit", admin),
                new Page("stakeholder groups", "/groups", members),
                new Page("stakeholder group", "/groups/ACADEMIA", members),
                new Page("balance", "/balance", members),
                new Page("standards", "/standards", members),
                new Page("standard in committee", draft, members),
                new Page("standard at consensus", consensus, members),
                new Page("clause", draft + "/clauses/" + r.clause(), members),
                new Page("standard history", consensus + "/history", members),
                new Page("version", consensus + "/versions/" + versions.get(0), members),
                new Page("redline of versions", consensus + "/diff?from=" + versions.get(versions.size() - 1) + "&to="
                        + versions.get(0), members),
                new Page("comment rounds", "/rounds", members),
                new Page("comment round", round, members),
                new Page("comment", round + "/comments/" + r.comment(), members),
                new Page("disposition report", round + "/report", members),
                new Page("ballots", "/ballots", members),
                new Page("open ballot", "/ballots/" + r.openBallot(), members),
                new Page("closed ballot", "/ballots/" + r.closedBallot(), members),
                new Page("exports", "/exports", members),
                new Page("version downloads", "/exports/versions/" + r.committeeVersion(), members),
                new Page("bundle verification", "/exports/verify", members),
                new Page("signing keys", "/exports/keys", everyone),
                new Page("liaison statements", "/exports/statements", members),
                new Page("liaison statement", "/exports/statements/" + r.statement(), members),
                new Page("transparency log", "/transparency", everyone),
                new Page("log entry", "/transparency/entries/" + r.logEntry(), everyone),
                new Page("standard's timeline", "/transparency/standards/" + r.consensusStandard(), everyone),
                new Page("log verification", "/transparency/verify", everyone),
                new Page("inbox", "/notifications", members),
                new Page("e-mail settings", "/notifications/settings", members),
                new Page("unsubscribe", "/notifications/unsubscribe?token=" + r.unsubscribeToken(),
                        EnumSet.of(Visitor.ANONYMOUS, Visitor.MEMBER)),
                new Page("demo mailbox", "/admin/mail", admin),
                new Page("not found", "/no-such-page", everyone, 404),
                new Page("record not found", "/ballots/" + UUID.randomUUID(), members, 404),
                new Page("forbidden", "/members/admit", EnumSet.of(Visitor.MEMBER, Visitor.EDITOR,
                        Visitor.MODERATOR, Visitor.LIAISON), 403),
                new Page("not a member", "/standards", EnumSet.of(Visitor.NEWCOMER), 403)));
        if (r.clauseRevisions() > 1) {
            pages.add(new Page("redline of a clause", draft + "/clauses/" + r.clause() + "?from="
                    + (r.clauseRevisions() - 1) + "&to=" + r.clauseRevisions(), members));
        }
        return pages;
    }

    /** A table: per page, its visits, visitors, languages, rules passed and violations found. */
    private static String summary(List<Page> pages, List<Visit> visits) {
        StringBuilder table = new StringBuilder(
                "\naxe-core " + String.join(", ", AxeAudit.WCAG_22_AA) + " results per page\n");
        table.append(String.format("%-24s %6s %-58s %-8s %12s %10s%n", "page", "visits", "visitors", "languages",
                "rules passed", "violations"));
        for (Page page : pages) {
            List<Visit> of = visits.stream().filter(visit -> visit.page() == page).toList();
            Set<String> visitors = of.stream().map(visit -> visit.visitor().name().toLowerCase())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            Set<String> languages = of.stream().map(Visit::language).collect(Collectors.toCollection(TreeSet::new));
            var passed = of.stream().mapToInt(visit -> visit.result().rulesPassed()).summaryStatistics();
            int violations = of.stream().mapToInt(visit -> visit.result().violations().size()).sum();
            table.append(String.format("%-24s %6d %-58s %-8s %12s %10d%n", page.name(), of.size(),
                    String.join(",", visitors), String.join(",", languages),
                    passed.getMin() == passed.getMax() ? passed.getMin() : passed.getMin() + "–" + passed.getMax(),
                    violations));
        }
        table.append(String.format("%d pages, %d visits, %d violations%n", pages.size(), visits.size(),
                visits.stream().mapToInt(visit -> visit.result().violations().size()).sum()));
        return table.toString();
    }
}
