package org.accord.voting.internal.domain;

import java.util.List;

import org.accord.platform.i18n.Text;

/**
 * A voting rule of the working group, kept as data so that admins can choose and combine rules. The threshold,
 * disapproval cap and quorum all apply overall and, depending on {@code concurrence}, within each side and each
 * stakeholder group as well.
 *
 * @param disapprovalCap
 *            the largest share that may disapprove ("at most"), or null for none
 * @param quorum
 *            the share of eligible weight that must take part, abstentions included, or null for none
 */
public record Rule(String name, Fraction threshold, Comparison comparison, Denominator denominator,
        Fraction disapprovalCap, Fraction quorum, Concurrence concurrence) {

    private static final List<String> PRESET_KEYS = List.of("SIMPLE_MAJORITY", "ISO_DIS", "OASIS_SPECIAL_MAJORITY",
            "TRANSATLANTIC_DOUBLE_MAJORITY", "STAKEHOLDER_CONCURRENCE");

    public Rule {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A voting rule needs a non-blank name");
        }
        if (threshold == null) {
            throw new IllegalArgumentException("Voting rule " + name + " needs a threshold");
        }
        if (threshold.numerator() == 0) {
            throw new InvalidRule(Text.of("voting.threshold_of_zero"));
        }
        if (comparison == null) {
            throw new IllegalArgumentException("Voting rule " + name + " needs a comparison");
        }
        if (denominator == null) {
            throw new IllegalArgumentException("Voting rule " + name + " needs a denominator");
        }
        if (concurrence == null) {
            throw new IllegalArgumentException("Voting rule " + name + " needs a concurrence");
        }
        if (comparison == Comparison.MORE_THAN && threshold.numerator() == threshold.denominator()) {
            throw new InvalidRule(Text.of("voting.never_met", threshold.toString()));
        }
    }

    /** More than 1/2 of votes cast approve. */
    public static Rule simpleMajority() {
        return new Rule("Simple majority", Fraction.of(1, 2), Comparison.MORE_THAN, Denominator.VOTES_CAST, null,
                null, Concurrence.NONE);
    }

    /** At least 2/3 of votes cast approve and at most 1/4 of votes cast disapprove. */
    public static Rule isoDis() {
        return new Rule("ISO DIS approval", Fraction.of(2, 3), Comparison.AT_LEAST, Denominator.VOTES_CAST,
                Fraction.of(1, 4), null, Concurrence.NONE);
    }

    /** At least 2/3 of eligible voters approve and at most 1/4 of eligible voters disapprove. */
    public static Rule oasisSpecialMajority() {
        return new Rule("OASIS special majority", Fraction.of(2, 3), Comparison.AT_LEAST, Denominator.ELIGIBLE,
                Fraction.of(1, 4), null, Concurrence.NONE);
    }

    /** {@code base}, which must also hold within the US side and within the EU side. Group concurrence is kept. */
    public static Rule transatlanticDoubleMajority(Rule base) {
        requireBase(base);
        Concurrence concurrence = base.concurrence.requiresGroups()
                ? Concurrence.SIDES_AND_GROUPS
                : Concurrence.SIDES;
        return base.renamedWith("Transatlantic double majority (" + base.name + ")", concurrence);
    }

    /** {@code base}, which must also hold within every stakeholder group. Side concurrence is kept. */
    public static Rule stakeholderConcurrence(Rule base) {
        requireBase(base);
        Concurrence concurrence = base.concurrence.requiresSides()
                ? Concurrence.SIDES_AND_GROUPS
                : Concurrence.GROUPS;
        return base.renamedWith("Stakeholder concurrence (" + base.name + ")", concurrence);
    }

    /** The preset stored under {@code key}, one of {@link #presetKeys()}. */
    public static Rule preset(String key) {
        if (key == null) {
            throw unknownPreset(null);
        }
        return switch (key) {
            case "SIMPLE_MAJORITY" -> simpleMajority();
            case "ISO_DIS" -> isoDis();
            case "OASIS_SPECIAL_MAJORITY" -> oasisSpecialMajority();
            case "TRANSATLANTIC_DOUBLE_MAJORITY" -> transatlanticDoubleMajority(simpleMajority());
            case "STAKEHOLDER_CONCURRENCE" -> stakeholderConcurrence(simpleMajority());
            default -> throw unknownPreset(key);
        };
    }

    public static List<String> presetKeys() {
        return PRESET_KEYS;
    }

    /** The rule in words, such as "More than 1/2 of votes cast approve, within each side (US, EU)". */
    public Text describe() {
        boolean ofVotesCast = denominator == Denominator.VOTES_CAST;
        Text text = Text.of(switch (comparison) {
            case MORE_THAN -> ofVotesCast ? "voting.rule_more_than_votes_cast" : "voting.rule_more_than_eligible";
            case AT_LEAST -> ofVotesCast ? "voting.rule_at_least_votes_cast" : "voting.rule_at_least_eligible";
        }, threshold.toString());
        if (disapprovalCap != null) {
            text = Text.of(ofVotesCast ? "voting.rule_cap_votes_cast" : "voting.rule_cap_eligible", text,
                    disapprovalCap.toString());
        }
        if (quorum != null) {
            text = Text.of("voting.rule_quorum", text, quorum.toString());
        }
        return switch (concurrence) {
            case NONE -> text;
            case SIDES -> Text.of("voting.rule_within_sides", text);
            case GROUPS -> Text.of("voting.rule_within_groups", text);
            case SIDES_AND_GROUPS -> Text.of("voting.rule_within_sides_and_groups", text);
        };
    }

    private Rule renamedWith(String newName, Concurrence newConcurrence) {
        return new Rule(newName, threshold, comparison, denominator, disapprovalCap, quorum, newConcurrence);
    }

    private static void requireBase(Rule base) {
        if (base == null) {
            throw new IllegalArgumentException("A combined rule needs a base rule");
        }
    }

    private static InvalidRule unknownPreset(String key) {
        return new InvalidRule(Text.of("voting.unknown_preset", String.valueOf(key), String.join(", ", PRESET_KEYS)));
    }
}
