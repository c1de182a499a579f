package org.accord.voting.internal.domain;

/** A share such as 2/3, kept as whole numbers so that no decision depends on floating-point rounding. */
public record Fraction(int numerator, int denominator) {

    public Fraction {
        if (denominator < 1) {
            throw new IllegalArgumentException("The denominator of a fraction must be at least 1, got: " + denominator);
        }
        if (numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException(
                    "A fraction must lie between 0 and 1, got: " + numerator + "/" + denominator);
        }
    }

    public static Fraction of(int numerator, int denominator) {
        return new Fraction(numerator, denominator);
    }

    /** Whether {@code part} of {@code whole} is no more than this share. */
    boolean bounds(long part, long whole) {
        return part * denominator <= (long) numerator * whole;
    }

    /** The smallest part of {@code whole} that reaches this share. */
    long smallestPartReaching(long whole) {
        return Math.ceilDiv(numerator * whole, denominator);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
