package org.accord.notifications.internal.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.notifications.internal.app.LiveHub;
import org.accord.notifications.internal.app.LiveUpdates;
import org.accord.notifications.internal.domain.FeedPosition;
import org.accord.platform.events.PoisonEventException;
import org.accord.platform.events.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * This instance's own reading of the topics that open pages follow, in a consumer group of its own that starts at the
 * end and commits nothing: a broadcast to the pages this instance serves, not a consumer that must apply each event. It
 * writes nothing, so it needs no inbox, and a record it cannot read is passed over; one whose updates could not be made
 * (a database error) is a break in what it heard, as is a rebalance ({@link LiveFeedRebalances}). It runs off the event
 * loop because a standard's notice looks up a member's name in the database; records still come in order.
 */
@ApplicationScoped
public class LiveFeed {

    public static final String CHANNEL = "live-updates";

    private static final Logger LOG = Logger.getLogger(LiveFeed.class);

    private final LiveUpdates updates;
    private final LiveHub hub;

    LiveFeed(LiveUpdates updates, LiveHub hub) {
        this.updates = updates;
        this.hub = hub;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        hub.heard(record.topic(), record.partition(), record.offset());
        FeedPosition position = new FeedPosition(record.partition(), record.offset());
        try {
            updates.of(ReceivedEvent.from(record), position)
                    .forEach(routed -> hub.publish(routed.stream(), routed.update()));
        } catch (PoisonEventException unreadable) {
            LOG.debugf("Live updates pass over the record at %s/%d@%d: %s", record.topic(), record.partition(),
                    record.offset(), unreadable.getMessage());
        } catch (RuntimeException failed) {
            // Its updates, if any, reached no page: pages resuming from before it must fetch their state again.
            hub.brokeAt(record.topic(), record.partition(), record.offset());
            LOG.warnf(failed, "Live updates missed the record at %s/%d@%d", record.topic(), record.partition(),
                    record.offset());
        }
    }
}
