package org.accord.notifications.api.events;

import java.time.Instant;
import java.util.List;

import org.accord.platform.events.EventType;

/**
 * What needs these members changed: a notice arrived in their inbox, or something waiting on them (a ballot to vote in,
 * a comment disposed) appeared or went away. {@code cause} is the id of the event that changed it, which is also this
 * event's subject. Every application instance hears it, so that a member's open pages update wherever they are served.
 */
@EventType("accord.notifications.NeedsChanged.v1")
public record NeedsChanged(String cause, List<String> memberIds, Instant at) implements NotificationsEvent {

    @Override
    public String subject() {
        return cause;
    }
}
