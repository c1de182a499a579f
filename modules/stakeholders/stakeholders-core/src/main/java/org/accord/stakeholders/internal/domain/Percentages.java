package org.accord.stakeholders.internal.domain;

import java.util.Locale;

/** How shares read in findings and chart descriptions: one decimal, the same in every locale. */
final class Percentages {

    private static final int MOST_DECIMALS = 6;

    private Percentages() {
    }

    static String oneDecimal(double share) {
        return withDecimals(share, 1);
    }

    /**
     * A share that breaks {@code threshold}, with one decimal unless rounding would make it read as exactly the
     * threshold: "holds 33.0% (limit 33%)" would contradict the finding it is part of.
     */
    static String breaking(double share, int threshold) {
        for (int decimals = 1; decimals < MOST_DECIMALS; decimals++) {
            String text = withDecimals(share, decimals);
            if (Double.parseDouble(text) != threshold) {
                return text;
            }
        }
        return withDecimals(share, MOST_DECIMALS);
    }

    private static String withDecimals(double share, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", share);
    }
}
