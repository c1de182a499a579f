package org.accord.app.e2e;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * axe-core, run inside the browser on the page it shows, with the rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA.
 * Rules axe files under best practice only, or under AAA, are not run.
 */
final class AxeAudit {

    /** The axe-core tags of WCAG 2.2 level AA: every A and AA success criterion of 2.0, 2.1 and 2.2. */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** One failed rule: where on the page, how serious, and where axe explains it. */
    record Violation(String rule, String impact, List<String> targets, String help, String helpUrl) {

        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " " + helpUrl + "\n      at " + String.join("\n      at ",
                    targets);
        }
    }

    /** What axe found on one page: how many of its rules passed, and each one that did not. */
    record Result(String url, int rulesPassed, List<Violation> violations) {

        boolean clean() {
            return violations.isEmpty();
        }

        String report() {
            return url + ": " + violations.size() + " rules violated\n"
                    + violations.stream().map(violation -> "  - " + violation).collect(Collectors.joining("\n"));
        }
    }

    private AxeAudit() {
    }

    /** Runs axe on the page the browser shows now. */
    static Result of(Browser browser) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser.driver());
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not run on " + browser.currentUrl() + ": "
                    + results.getErrorMessage());
        }
        return new Result(browser.currentUrl(), results.getPasses().size(),
                results.getViolations().stream().map(AxeAudit::violation).toList());
    }

    /** Fails, naming every violation, unless axe finds none on the page the browser shows now. */
    static Result assertClean(Browser browser) {
        Result result = of(browser);
        if (!result.clean()) {
            throw new AssertionError("axe-core found violations of WCAG 2.2 AA on " + result.report());
        }
        return result;
    }

    private static Violation violation(Rule rule) {
        return new Violation(rule.getId(), rule.getImpact(), rule.getNodes().stream().map(AxeAudit::target).toList(),
                rule.getHelp(), rule.getHelpUrl());
    }

    /** The node's selector (a list of selectors when it sits in frames or shadow roots) and what axe says of it. */
    private static String target(CheckedNode node) {
        Object target = node.getTarget();
        String selector = target instanceof List<?> path
                ? path.stream().map(String::valueOf).collect(Collectors.joining(" >> "))
                : String.valueOf(target);
        String summary = node.getFailureSummary();
        return summary == null ? selector : selector + " — " + summary.replace('\n', ' ');
    }
}
