package org.accord.notifications.internal.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A balance rule as notices name it: its kind and threshold, so that each reader sees it in their language.
 * Stakeholders tell of a rule in English words only ({@code BalanceAlertRaised.rule}), which are the two sentences its
 * kinds are written in; they are read back here, and a rule in words of any other shape is named by its id alone.
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

    /** The rule a description of stakeholders' names, if it is worded as one of the known kinds. */
    public static Optional<BalanceRuleCode> read(String description) {
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
