package org.accord.drafting.internal.domain;

import com.github.difflib.algorithm.DiffAlgorithmListener;

/**
 * The work a request's redlines may do together, counted in comparisons and diagonals visited: {@link #PER_CHARACTER}
 * for each character of the texts, at least {@link #FLOOR} and at most {@link #CEILING}, however many texts there are.
 * Each attempt at an exact diff may use half of what is left, so one hard passage cannot starve the easy ones after it;
 * an attempt that runs out is abandoned and its passage redlined coarsely instead.
 */
final class DiffWork implements DiffAlgorithmListener {

    static final long PER_CHARACTER = 25;
    static final long FLOOR = 1_000_000;
    /** What two texts of 40,000 characters or more get; some 20 ms of a processor. */
    static final long CEILING = 2_000_000;

    private final long limit;
    private long spent;
    private long attemptEnds;

    DiffWork(long limit) {
        this.limit = limit;
    }

    /** Null counts as empty text. */
    static DiffWork forTexts(String before, String after) {
        return forCharacters((before == null ? 0 : before.length()) + (after == null ? 0 : after.length()));
    }

    static DiffWork forCharacters(long characters) {
        return new DiffWork(Math.min(CEILING, Math.max(FLOOR, PER_CHARACTER * characters)));
    }

    long limit() {
        return limit;
    }

    /** Work done so far, including that of abandoned attempts. */
    long spent() {
        return spent;
    }

    void startAttempt() {
        attemptEnds = spent + (limit - spent) / 2;
    }

    /** A comparison of two pieces, counted. */
    boolean same(Integer a, Integer b) {
        spend(1);
        return a.intValue() == b.intValue();
    }

    @Override
    public void diffStart() {
    }

    /** Step {@code d} of Myers' algorithm visits up to d + 1 diagonals, some without comparing anything. */
    @Override
    public void diffStep(int d, int max) {
        spend(d + 1L);
    }

    @Override
    public void diffEnd() {
    }

    private void spend(long units) {
        if (spent + units > attemptEnds) {
            throw Exhausted.INSTANCE;
        }
        spent += units;
    }

    /** Thrown from inside the diff algorithm, which offers no other way to stop it. */
    static final class Exhausted extends RuntimeException {

        static final Exhausted INSTANCE = new Exhausted();

        private Exhausted() {
            super("The attempt used its share of the diff work", null, false, false);
        }
    }
}
