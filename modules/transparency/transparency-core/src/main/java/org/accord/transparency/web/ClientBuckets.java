package org.accord.transparency.web;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.accord.transparency.internal.app.TransparencyConfig;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * One token bucket per client address. A bucket left alone until it is full again is forgotten, and so are the least
 * recently seen when more clients than configured are remembered: a flood of addresses costs bounded memory.
 */
@ApplicationScoped
public class ClientBuckets {

    private final int capacity;
    private final int perSecond;
    private final LongSupplier nanoTime;
    private final Cache<String, TokenBucket> buckets;

    @Inject
    ClientBuckets(TransparencyConfig config) {
        this(config.rateLimit().burst(), config.rateLimit().perSecond(), config.rateLimit().clients(),
                System::nanoTime);
    }

    ClientBuckets(int capacity, int perSecond, int clients, LongSupplier nanoTime) {
        this.capacity = capacity;
        this.perSecond = perSecond;
        this.nanoTime = nanoTime;
        this.buckets = Caffeine.newBuilder().maximumSize(clients)
                .expireAfterAccess(Duration.ofNanos(TokenBucket.fillNanos(capacity, perSecond)))
                .ticker(nanoTime::getAsLong).build();
    }

    /** Nothing when the client may send this request, otherwise the whole seconds it should wait. */
    public OptionalLong refusal(String client) {
        long now = nanoTime.getAsLong();
        long wait = buckets.get(client, address -> new TokenBucket(capacity, perSecond, now)).take(now);
        return wait == 0 ? OptionalLong.empty() : OptionalLong.of(Math.ceilDiv(wait, TimeUnit.SECONDS.toNanos(1)));
    }
}
