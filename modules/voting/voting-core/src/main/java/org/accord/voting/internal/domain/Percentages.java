package org.accord.voting.internal.domain;

import org.accord.platform.i18n.Text;

/**
 * How shares read in explanations: one decimal, rounded half up, written as the reader's language writes a percentage.
 */
final class Percentages {

    private static final int MOST_DECIMALS = 6;

    private Percentages() {
    }

    /**
     * {@code part} of {@code whole} as a percentage such as "66.7%", with more decimals where one would make a share
     * that differs from {@code limit} read the same as it: "66.7%; needs at least 2/3" would contradict the verdict
     * that follows when the share is 66.66%. {@code whole} must be positive.
     */
    static Text comparedWith(long part, long whole, Fraction limit) {
        boolean exactlyTheLimit = part * limit.denominator() == limit.numerator() * whole;
        for (int decimals = 1; decimals < MOST_DECIMALS; decimals++) {
            Digits share = Digits.of(part, whole, decimals);
            if (exactlyTheLimit || !share.equals(Digits.of(limit.numerator(), limit.denominator(), decimals))) {
                return share.text();
            }
        }
        return Digits.of(part, whole, MOST_DECIMALS).text();
    }

    /** A percentage as its whole part and its decimals, which each language puts together its own way. */
    private record Digits(String whole, String decimals) {

        static Digits of(long part, long whole, int decimals) {
            if (whole <= 0) {
                throw new IllegalArgumentException("A share needs a positive whole, got: " + whole);
            }
            long scale = 1;
            for (int i = 0; i < decimals; i++) {
                scale *= 10;
            }
            // Worked out in whole units of the last decimal so that the text is exact and never reads "66.6%" for 2/3.
            long units = (part * 100 * scale * 2 + whole) / (2 * whole);
            String fraction = Long.toString(units % scale);
            return new Digits(Long.toString(units / scale), "0".repeat(decimals - fraction.length()) + fraction);
        }

        Text text() {
            return Text.of("voting.percent", whole, decimals);
        }
    }
}
