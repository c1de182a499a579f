package org.accord.stakeholders.internal.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.accord.membership.api.Side;
import org.accord.platform.i18n.LocalFormats;
import org.accord.platform.i18n.Text;

/**
 * Balance rules, their findings and the balance chart's sentences in one reader's language. Rules and findings are
 * stored as codes and figures; this is where they become words.
 */
public final class BalanceWords {

    private final Locale locale;
    private final Function<String, Text> groups;

    /**
     * @param groups
     *            how to name a stakeholder group, by its code
     */
    public BalanceWords(Locale locale, Function<String, Text> groups) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.groups = Objects.requireNonNull(groups, "groups");
    }

    /**
     * A rule as a sentence that waits for its reader's language: "No stakeholder group above 50% of voting members".
     */
    public static Text rule(BalanceRuleKind kind, int thresholdPercent) {
        return switch (kind) {
            case MAX_GROUP_SHARE -> Text.of("stakeholders.rule_max_group_share", thresholdPercent);
            case MIN_SIDE_SHARE -> Text.of("stakeholders.rule_min_side_share", thresholdPercent,
                    Labels.side(BalanceRule.balancedSides().get(0)), Labels.side(BalanceRule.balancedSides().get(1)));
        };
    }

    public String describe(BalanceRuleKind kind, int thresholdPercent) {
        return say(rule(kind, thresholdPercent));
    }

    public String finding(Finding finding) {
        return finding(finding.kind(), finding.thresholdPercent(), finding.breaches());
    }

    /** Every breach of the rule, in the order given: "Industry holds 62.5% of voting members (limit 50%); …". */
    public String finding(BalanceRuleKind kind, int thresholdPercent, List<Breach> breaches) {
        return list(breaches.stream().map(breach -> say(breach(kind, thresholdPercent, breach))).toList());
    }

    private Text breach(BalanceRuleKind kind, int thresholdPercent, Breach breach) {
        String share = Percentages.breaking(breach.share(), thresholdPercent, locale);
        return switch (kind) {
            case MAX_GROUP_SHARE -> Text.of("stakeholders.breach_group", groups.apply(breach.subject()), share,
                    thresholdPercent);
            case MIN_SIDE_SHARE -> Text.of("stakeholders.breach_side", sideNamed(breach.subject()), share,
                    thresholdPercent);
        };
    }

    public String group(String code) {
        return say(groups.apply(code));
    }

    public String side(Side side) {
        return say(Labels.side(side));
    }

    public String percent(double share) {
        return LocalFormats.percent(share, locale);
    }

    public String count(int count) {
        return LocalFormats.number(count, locale);
    }

    public String say(Text text) {
        return text.in(locale);
    }

    /** Items of a list that may hold commas themselves: "a; b; c". */
    public String list(List<String> items) {
        return items.stream().reduce((first, next) -> say(Text.of("stakeholders.list", first, next))).orElse("");
    }

    private static Text sideNamed(String code) {
        return Arrays.stream(Side.values()).filter(side -> side.name().equals(code)).findFirst().map(Labels::side)
                .orElseGet(() -> Text.of("platform.literal", code));
    }
}
