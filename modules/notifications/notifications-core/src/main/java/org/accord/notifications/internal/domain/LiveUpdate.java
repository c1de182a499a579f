package org.accord.notifications.internal.domain;

import java.util.Optional;

/**
 * One message to the pages that follow a stream: what they should do, the position of the record it came from (none for
 * what an instance says on its own, such as a reset) and, for a standard, what changed. It never carries a position in
 * a ballot, a comment's text or anything else the page would not show.
 */
public record LiveUpdate(LiveEvent event, FeedPosition position, StandardChange change) {

    public LiveUpdate {
        if (event == null) {
            throw new IllegalArgumentException("A live update says what happened");
        }
    }

    public static LiveUpdate of(LiveEvent event, FeedPosition position) {
        return new LiveUpdate(event, position, null);
    }

    /** What makes a page fetch its state again, at the newest position known to have reached it, if any. */
    public static LiveUpdate reset(FeedPosition latest) {
        return new LiveUpdate(LiveEvent.RESET, latest, null);
    }

    /** What a member's pages get on connecting: what needs them is state, so it is fetched, not resumed. */
    public static LiveUpdate stateOnConnect() {
        return new LiveUpdate(LiveEvent.UPDATE, null, null);
    }

    public Optional<FeedPosition> at() {
        return Optional.ofNullable(position);
    }

    public Optional<StandardChange> standardChange() {
        return Optional.ofNullable(change);
    }
}
