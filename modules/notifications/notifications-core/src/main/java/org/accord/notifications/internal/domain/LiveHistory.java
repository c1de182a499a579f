package org.accord.notifications.internal.domain;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one instance remembers of the live updates it made, so that a page reconnecting with the id of the last update
 * it received gets what it missed, or is told to fetch its state again when that cannot be proved complete. It keeps
 * the last few updates of each of the streams that had updates most recently, and for each topic partition the offsets
 * it heard without a break. An id is proof only when every record after it on its partition was heard and no update of
 * the stream after it was forgotten. A break (the partition taken away or given anew, a record that made no update
 * because reading it failed) starts the partition's range again after it. Not thread-safe: the hub that owns it guards
 * it.
 */
public final class LiveHistory {

    private record Partition(String topic, int partition) {
    }

    /**
     * The offsets heard on one partition without a break: every record after {@code provesFrom} up to {@code last} was
     * heard.
     */
    private static final class Heard {
        private final long provesFrom;
        private long last;

        Heard(long provesFrom, long last) {
            this.provesFrom = provesFrom;
            this.last = last;
        }
    }

    /** One stream's last updates, all from one partition, and the newest offset of those it no longer keeps. */
    private static final class Recent {
        private final int partition;
        private final ArrayDeque<LiveUpdate> updates = new ArrayDeque<>();
        private long forgottenUpTo;

        Recent(int partition, long forgottenUpTo) {
            this.partition = partition;
            this.forgottenUpTo = forgottenUpTo;
        }

        long newest() {
            return updates.isEmpty() ? forgottenUpTo : updates.getLast().position().offset();
        }
    }

    private final int updatesPerStream;
    private final Map<Partition, Heard> heard = new HashMap<>();
    private final Map<Partition, Long> forgottenStreamsUpTo = new HashMap<>();
    private final LinkedHashMap<LiveStream, Recent> recent;

    public LiveHistory(int streams, int updatesPerStream) {
        if (streams < 1 || updatesPerStream < 1) {
            throw new IllegalArgumentException("A live history keeps at least one update of one stream");
        }
        this.updatesPerStream = updatesPerStream;
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<LiveStream, Recent> eldest) {
                if (size() <= streams) {
                    return false;
                }
                forget(new Partition(eldest.getKey().kind().topic(), eldest.getValue().partition),
                        eldest.getValue().newest());
                return true;
            }
        };
    }

    /** A record was read from the feed, whether or not it made an update; records arrive in order per partition. */
    public void heard(String topic, int partition, long offset) {
        heard.compute(new Partition(topic, partition), (key, known) -> {
            if (known == null) {
                return new Heard(offset - 1, offset);
            }
            known.last = Math.max(known.last, offset);
            return known;
        });
    }

    /**
     * A record was heard but may have made updates that were not published: what came before it proves nothing any
     * more.
     */
    public void brokeAt(String topic, int partition, long offset) {
        heard.put(new Partition(topic, partition), new Heard(offset, offset));
    }

    /** The partition was taken away or given anew: where reading it goes on is not known to follow what was heard. */
    public void lost(String topic, int partition) {
        heard.remove(new Partition(topic, partition));
    }

    /** Keeps an update of a stream that can be resumed, after its record was {@link #heard}. */
    public void record(LiveStream stream, LiveUpdate update) {
        FeedPosition position = update.at()
                .orElseThrow(() -> new IllegalArgumentException("Only updates made from records are kept"));
        Partition partition = new Partition(stream.kind().topic(), position.partition());
        Recent kept = recent.get(stream);
        if (kept == null || kept.partition != position.partition()) {
            // A stream's updates change partition only when an operator adds partitions to the topic: ids of the old
            // one prove nothing about the new one.
            kept = new Recent(position.partition(), forgottenStreamsUpTo.getOrDefault(partition, -1L));
            recent.put(stream, kept);
        }
        kept.updates.addLast(update);
        if (kept.updates.size() > updatesPerStream) {
            kept.forgottenUpTo = kept.updates.removeFirst().position().offset();
        }
    }

    /**
     * The updates of the stream after the one with this id, in order, when they are known to be all of them; empty when
     * the id names no position, one from before this instance heard its partition or before a break, one it has not
     * heard yet, or one after which it forgot an update of the stream.
     */
    public Optional<List<LiveUpdate>> missedSince(LiveStream stream, String lastEventId) {
        Optional<FeedPosition> parsed = FeedPosition.parse(lastEventId);
        if (parsed.isEmpty() || !stream.kind().resumable()) {
            return Optional.empty();
        }
        FeedPosition last = parsed.get();
        Partition partition = new Partition(stream.kind().topic(), last.partition());
        Heard known = heard.get(partition);
        if (known == null || last.offset() < known.provesFrom || last.offset() > known.last) {
            return Optional.empty();
        }
        Recent kept = recent.get(stream);
        if (kept == null) {
            long forgotten = forgottenStreamsUpTo.getOrDefault(partition, -1L);
            return last.offset() < forgotten ? Optional.empty() : Optional.of(List.of());
        }
        if (kept.partition != last.partition() || last.offset() < kept.forgottenUpTo) {
            return Optional.empty();
        }
        return Optional.of(kept.updates.stream().filter(update -> update.position().offset() > last.offset())
                .toList());
    }

    /** The position of the stream's newest update this instance remembers, if any. */
    public Optional<FeedPosition> latest(LiveStream stream) {
        Recent kept = recent.get(stream);
        return kept == null || kept.updates.isEmpty()
                ? Optional.empty()
                : kept.updates.getLast().at();
    }

    private void forget(Partition partition, long upTo) {
        forgottenStreamsUpTo.merge(partition, upTo, Math::max);
    }
}
