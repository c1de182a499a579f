package org.accord.notifications.internal.app;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.notifications.internal.domain.LiveHistory;
import org.accord.notifications.internal.domain.LiveStream;
import org.accord.notifications.internal.domain.LiveUpdate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * This instance's live updates: fans each update out to the open connections of its stream and remembers recent ones,
 * so that a page reconnecting with the id of its last update gets what it missed, or a {@code reset} when that cannot
 * be proved complete. Nothing here blocks: emitting only queues the update for the connection, and a connection that
 * falls {@code accord.live.connection-buffer} updates behind is ended, so that its page reconnects and resumes.
 */
@ApplicationScoped
public class LiveHub {

    private final LiveHistory history;
    private final int connectionBuffer;
    private final Map<LiveStream, Set<MultiEmitter<? super LiveUpdate>>> connections = new HashMap<>();

    LiveHub(@ConfigProperty(name = "accord.live.streams-remembered", defaultValue = "10000") int streams,
            @ConfigProperty(name = "accord.live.updates-per-stream", defaultValue = "32") int updatesPerStream,
            @ConfigProperty(name = "accord.live.connection-buffer", defaultValue = "64") int connectionBuffer,
            MeterRegistry registry) {
        this.history = new LiveHistory(streams, updatesPerStream);
        this.connectionBuffer = connectionBuffer;
        Gauge.builder("accord.live.connections", this, LiveHub::connections)
                .description("Open pages this instance sends live updates to").register(registry);
    }

    /** A record was read from the feed, before any update made from it is published. */
    public synchronized void heard(String topic, int partition, long offset) {
        history.heard(topic, partition, offset);
    }

    /** Reading the record failed after it was {@link #heard}: a page that resumes from before it gets a reset. */
    public synchronized void brokeAt(String topic, int partition, long offset) {
        history.brokeAt(topic, partition, offset);
    }

    /** The feed lost or was given the partition: a page that resumes from before gets a reset. */
    public synchronized void lost(String topic, int partition) {
        history.lost(topic, partition);
    }

    public synchronized void publish(LiveStream stream, LiveUpdate update) {
        if (stream.kind().resumable()) {
            history.record(stream, update);
        }
        for (MultiEmitter<? super LiveUpdate> connection : connections.getOrDefault(stream, Set.of())) {
            connection.emit(update);
        }
    }

    /**
     * The updates of a stream for one connection, from now on. A connection that gives the id of the last update it
     * received first gets those it missed, or a {@code reset}; a member's connection always first gets an
     * {@code update}, since what needs a member is state to fetch, not a history to replay.
     */
    public Multi<LiveUpdate> connect(LiveStream stream, String lastEventId) {
        return Multi.createFrom().<LiveUpdate> emitter(connection -> attach(stream, lastEventId, connection),
                connectionBuffer);
    }

    /** How many connections this instance serves now. */
    synchronized int connections() {
        return connections.values().stream().mapToInt(Set::size).sum();
    }

    private synchronized void attach(LiveStream stream, String lastEventId,
            MultiEmitter<? super LiveUpdate> connection) {
        if (!stream.kind().resumable()) {
            connection.emit(LiveUpdate.stateOnConnect());
        } else if (lastEventId != null) {
            history.missedSince(stream, lastEventId).ifPresentOrElse(missed -> missed.forEach(connection::emit),
                    () -> connection.emit(LiveUpdate.reset(history.latest(stream).orElse(null))));
        }
        connections.computeIfAbsent(stream, opened -> new LinkedHashSet<>()).add(connection);
        connection.onTermination(() -> detach(stream, connection));
    }

    private synchronized void detach(LiveStream stream, MultiEmitter<? super LiveUpdate> connection) {
        Set<MultiEmitter<? super LiveUpdate>> open = connections.get(stream);
        if (open != null && open.remove(connection) && open.isEmpty()) {
            connections.remove(stream);
        }
    }
}
