package org.accord.voting.internal.domain;

/** How the approval threshold is read: "more than 1/2" or "at least 2/3". */
public enum Comparison {
    MORE_THAN, AT_LEAST;

    /** Whether {@code part} of {@code whole} reaches {@code share}, compared in whole numbers. */
    boolean holds(long part, long whole, Fraction share) {
        long left = part * share.denominator();
        long right = share.numerator() * whole;
        return switch (this) {
            case MORE_THAN -> left > right;
            case AT_LEAST -> left >= right;
        };
    }
}
