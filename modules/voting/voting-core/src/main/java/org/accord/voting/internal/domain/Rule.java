package org.accord.voting.internal.domain;

import java.util.List;

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
            throw new IllegalArgumentException("Voting rule " + name + " has a threshold of 0, which a ballot would"
                    + " pass without a single approval; a threshold means consent only above 0");
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
            throw new IllegalArgumentException(
                    "Voting rule " + name + " asks for more than " + threshold + ", which can never be met");
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

    /** The rule in plain English, such as "More than 1/2 of votes cast approve, within each side (US, EU)". */
    public String describe() {
        var text = new StringBuilder();
        String measuredAgainst = denominator == Denominator.VOTES_CAST ? "votes cast" : "eligible voters";
        text.append(capitalized(comparison.words())).append(' ').append(threshold).append(" of ")
                .append(measuredAgainst).append(" approve");
        if (disapprovalCap != null) {
            text.append(" and at most ").append(disapprovalCap).append(" of ").append(measuredAgainst)
                    .append(" disapprove");
        }
        if (quorum != null) {
            text.append(", with at least ").append(quorum).append(" of eligible voters taking part");
        }
        text.append(switch (concurrence) {
            case NONE -> "";
            case SIDES -> ", within each side (US, EU)";
            case GROUPS -> ", within each stakeholder group";
            case SIDES_AND_GROUPS -> ", within each side (US, EU) and within each stakeholder group";
        });
        return text.toString();
    }

    private Rule renamedWith(String newName, Concurrence newConcurrence) {
        return new Rule(newName, threshold, comparison, denominator, disapprovalCap, quorum, newConcurrence);
    }

    private static void requireBase(Rule base) {
        if (base == null) {
            throw new IllegalArgumentException("A combined rule needs a base rule");
        }
    }

    private static IllegalArgumentException unknownPreset(String key) {
        return new IllegalArgumentException(
                "Unknown voting rule preset: " + key + "; valid presets are " + String.join(", ", PRESET_KEYS));
    }

    private static String capitalized(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
