package org.accord.notifications.internal.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A balance rule as notices name it: its kind and threshold, so that each reader sees it in their language.
 * Stakeholders' alerts carry both as codes. Alerts raised before they did carry only English words
 * ({@code BalanceAlertRaised.rule}), the two sentences the kinds were written in; those are read back, and a rule in
 * words of any other shape is named by its id alone.
 */
public record BalanceRuleCode(Kind kind, int thresholdPercent) {

    /** The kinds of balance rule stakeholders know. */
    public enum Kind {
        MAX_GROUP_SHARE, MIN_SIDE_SHARE
    }

    private static final Pattern MAX_GROUP_SHARE = Pattern
            .compile("No stakeholder group above (\\d{1,3}) ?% of voting members");
    private static final Pattern MIN_SIDE_SHARE = Pattern
            .compile("Each side \\([^)]*\\) at least (\\d{1,3}) ?% of voting members");

    /** The rule an alert names by its codes, or by its words when it has no codes this module knows. */
    public static Optional<BalanceRuleCode> of(String kind, Integer thresholdPercent, String description) {
        return Arrays.stream(Kind.values()).filter(known -> known.name().equals(kind) && thresholdPercent != null)
                .findFirst().map(known -> new BalanceRuleCode(known, thresholdPercent)).or(() -> read(description));
    }

    /** The rule a description of stakeholders' names, if it is worded as one of the known kinds. */
    static Optional<BalanceRuleCode> read(String description) {
        if (description == null) {
            return Optional.empty();
        }
        String words = description.strip();
        return match(MAX_GROUP_SHARE, Kind.MAX_GROUP_SHARE, words).or(() -> match(MIN_SIDE_SHARE,
                Kind.MIN_SIDE_SHARE, words));
    }

    private static Optional<BalanceRuleCode> match(Pattern pattern, Kind kind, String words) {
        Matcher matcher = pattern.matcher(words);
        return matcher.matches()
                ? Optional.of(new BalanceRuleCode(kind, Integer.parseInt(matcher.group(1))))
                : Optional.empty();
    }
}
