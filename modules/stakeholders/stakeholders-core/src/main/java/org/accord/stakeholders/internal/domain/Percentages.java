package org.accord.stakeholders.internal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import org.accord.platform.i18n.Languages;

/**
 * How a share that breaks a threshold reads: one decimal unless rounding would make it read as exactly the threshold,
 * since "holds 33.0% (limit 33%)" would contradict the finding it is part of.
 */
final class Percentages {

    private static final int MOST_DECIMALS = 6;

    private Percentages() {
    }

    /** The share with the decimals it needs, as a plain number for machines: {@code 33.01}. */
    static BigDecimal breaking(double share, int threshold) {
        BigDecimal limit = BigDecimal.valueOf(threshold);
        for (int decimals = 1; decimals < MOST_DECIMALS; decimals++) {
            BigDecimal rounded = rounded(share, decimals);
            if (rounded.compareTo(limit) != 0) {
                return rounded;
            }
        }
        return rounded(share, MOST_DECIMALS);
    }

    /** The same number as {@link #breaking(double, int)}, written as the reader's language writes numbers. */
    static String breaking(double share, int threshold, Locale locale) {
        BigDecimal value = breaking(share, threshold);
        NumberFormat format = NumberFormat.getNumberInstance(Languages.supported(locale));
        format.setMinimumFractionDigits(value.scale());
        format.setMaximumFractionDigits(value.scale());
        return format.format(value);
    }

    private static BigDecimal rounded(double share, int decimals) {
        return BigDecimal.valueOf(share).setScale(decimals, RoundingMode.HALF_UP);
    }
}
