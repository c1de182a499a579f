package org.accord.drafting.internal.domain;

/**
 * The work a request's redlines may do together, counted in comparisons and diagonals visited: {@link #PER_CHARACTER}
 * for each character of the texts, at least {@link #FLOOR} and at most {@link #CEILING}, however many texts there are.
 * Each attempt at an exact diff may use half of what is left, so one hard passage cannot starve the easy ones after it;
 * an attempt that runs out is abandoned and its passage redlined coarsely instead.
 */
final class DiffWork {

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

    /**
     * Whether the attempt could finish a diff of at least {@code edits} insertions and deletions: Myers' algorithm
     * takes a step per edit, and step d visits d + 1 diagonals, so such a diff costs at least (e + 1)(e + 2) / 2. An
     * attempt that could not is given up at once, without spending anything.
     */
    boolean affords(long edits) {
        return (edits + 1) * (edits + 2) / 2 <= attemptEnds - spent;
    }

    /** The most steps of Myers' algorithm the attempt could take: step d costs at least d + 1. */
    long mostSteps() {
        return (long) Math.sqrt(2.0 * Math.max(0, attemptEnds - spent)) + 2;
    }

    /** A comparison of two pieces, counted. */
    boolean same(int a, int b) {
        spend(1);
        return a == b;
    }

    /** Step {@code d} of Myers' algorithm visits up to d + 1 diagonals, some without comparing anything. */
    void step(int d) {
        spend(d + 1L);
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
