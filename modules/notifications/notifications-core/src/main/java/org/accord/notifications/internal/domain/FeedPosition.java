package org.accord.notifications.internal.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a record sits on its topic: partition and offset. It is the id of the live update made from the record, so that
 * a page reconnecting after a break says where it stopped; every instance reads the same topics, so the id means the
 * same on each of them.
 */
public record FeedPosition(int partition, long offset) {

    private static final Pattern ID = Pattern.compile("(\\d{1,9})-(\\d{1,18})");

    public FeedPosition {
        if (partition < 0 || offset < 0) {
            throw new IllegalArgumentException("A feed position is never negative: " + partition + "-" + offset);
        }
    }

    /** The position an update id names, if it is one; anything else names none. */
    public static Optional<FeedPosition> parse(String id) {
        Matcher matcher = ID.matcher(id == null ? "" : id.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new FeedPosition(Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(2))));
    }

    public String id() {
        return partition + "-" + offset;
    }
}
