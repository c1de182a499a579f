package org.accord.transparency.web;

/**
 * The requests one client may send: up to {@code capacity} at once, refilled continuously at {@code perSecond}. Times
 * are nanoseconds from one monotonic clock, given by the caller so that a test can move time. Tokens are counted in
 * billionths, so that refilling is exact integer arithmetic: a nanosecond adds {@code perSecond} billionths.
 */
final class TokenBucket {

    private static final long TOKEN = 1_000_000_000L;

    private final long capacity;
    private final long perSecond;
    private long tokens;
    private long updatedAt;

    TokenBucket(int capacity, int perSecond, long now) {
        if (capacity < 1 || perSecond < 1) {
            throw new IllegalArgumentException("A bucket holds and refills at least one request");
        }
        this.capacity = capacity * TOKEN;
        this.perSecond = perSecond;
        this.tokens = this.capacity;
        this.updatedAt = now;
    }

    /**
     * Takes one request's token when there is one.
     *
     * @return 0 when the request may pass, otherwise the nanoseconds until the next token
     */
    synchronized long take(long now) {
        if (now > updatedAt) {
            long elapsed = Math.min(now - updatedAt, fillNanos(capacity / TOKEN, perSecond));
            tokens = Math.min(capacity, tokens + elapsed * perSecond);
            updatedAt = now;
        }
        if (tokens >= TOKEN) {
            tokens -= TOKEN;
            return 0;
        }
        return Math.ceilDiv(TOKEN - tokens, perSecond);
    }

    /** How long an untouched bucket takes to fill from empty, after which it is as good as a new one. */
    static long fillNanos(long capacity, long perSecond) {
        return Math.ceilDiv(capacity * TOKEN, perSecond);
    }
}
