package org.accord.platform.web;

/**
 * Which page of a list to read: at most {@code limit} items after {@code after} (null for the first page). A query
 * fetches {@link #fetchSize()} rows, one more than it returns, to know whether another page follows.
 */
public record PageRequest(int limit, Keyset after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit " + limit + " is outside 1.." + MAX_LIMIT);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }

    public int fetchSize() {
        return limit + 1;
    }

    public boolean isFirst() {
        return after == null;
    }
}
