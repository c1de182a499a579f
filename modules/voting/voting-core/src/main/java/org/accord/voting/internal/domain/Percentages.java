package org.accord.voting.internal.domain;

/** How shares read in explanations: one decimal, rounded half up, the same in every locale. */
final class Percentages {

    private static final int MOST_DECIMALS = 6;

    private Percentages() {
    }

    /** {@code part} of {@code whole} as a percentage such as "66.7%"; {@code whole} must be positive. */
    static String of(long part, long whole) {
        return withDecimals(part, whole, 1);
    }

    /**
     * Like {@link #of}, with more decimals where one would make a share that differs from {@code limit} read the same
     * as it: "66.7%; needs at least 2/3" would contradict the verdict that follows when the share is 66.66%.
     */
    static String comparedWith(long part, long whole, Fraction limit) {
        boolean exactlyTheLimit = part * limit.denominator() == limit.numerator() * whole;
        for (int decimals = 1; decimals < MOST_DECIMALS; decimals++) {
            String text = withDecimals(part, whole, decimals);
            if (exactlyTheLimit || !text.equals(withDecimals(limit.numerator(), limit.denominator(), decimals))) {
                return text;
            }
        }
        return withDecimals(part, whole, MOST_DECIMALS);
    }

    private static String withDecimals(long part, long whole, int decimals) {
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
        return units / scale + "." + "0".repeat(decimals - fraction.length()) + fraction + "%";
    }
}
