package org.accord.drafting.internal.app;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.drafting.internal.app.DraftingViews.RevisionDiff;
import org.accord.drafting.internal.app.DraftingViews.RevisionView;
import org.accord.drafting.internal.domain.ClauseChange;
import org.accord.drafting.internal.domain.VersionComparison;
import org.accord.drafting.internal.domain.VersionDiff;
import org.accord.drafting.internal.domain.VersionEntry;
import org.accord.drafting.internal.domain.WordDiff;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;

/**
 * Redlines between two revisions of a clause and between two draft versions. Neither ever changes once saved, so each
 * pair is worked out once and kept while there is room; a pair found in the cache is served without reading its texts.
 * Otherwise the texts are read (each in a short transaction of its own) and compared outside any transaction, at most
 * {@link #AT_ONCE} at a time: a burst of redlines queues here, holding neither a connection nor the texts, instead of
 * taking every processor from the other requests, and a request that would queue longer than
 * {@link #LONGEST_WAIT_SECONDS} is turned away (503).
 */
@ApplicationScoped
public class Redlines {

    /**
     * Characters of redline HTML kept: one sixty-fourth of the heap's limit (up to two bytes each, so at most a
     * thirty-second of the heap), and no more than 25 million. Sized from the heap because a burst of worst-case
     * redlines churns the cache, and a cache that is a large part of a small heap turns that churn into long
     * collections that stall every other request.
     */
    static final long CACHED_CHARACTERS = Math.min(25_000_000, Runtime.getRuntime().maxMemory() / 64);
    static final int AT_ONCE = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    static final int LONGEST_WAIT_SECONDS = 5;

    private final StandardQueries queries;
    private final Semaphore working = new Semaphore(AT_ONCE, true);
    private final Cache<List<Object>, RevisionDiff> revisionDiffs = Caffeine.newBuilder()
            .maximumWeight(CACHED_CHARACTERS / 2)
            .<List<Object>, RevisionDiff> weigher((key, diff) -> diff.headingRedline().length()
                    + diff.textRedline().length())
            .recordStats().build();
    private final Cache<List<Object>, VersionComparison> versionDiffs = Caffeine.newBuilder()
            .maximumWeight(CACHED_CHARACTERS / 2)
            .<List<Object>, VersionComparison> weigher((key, comparison) -> comparison.changes().stream()
                    .mapToInt(Redlines::characters).sum())
            .recordStats().build();

    Redlines(StandardQueries queries) {
        this.queries = queries;
    }

    /**
     * A revision is never changed nor renumbered, so the clause and the two numbers name the pair for good: a redline
     * found once is served without reading the texts again.
     */
    public RevisionDiff revisions(UUID standardId, UUID clauseId, int from, int to) {
        return cached(revisionDiffs, List.of(standardId, clauseId, from, to), () -> worked(() -> {
            RevisionView before = queries.revision(standardId, clauseId, from);
            RevisionView after = queries.revision(standardId, clauseId, to);
            return new RevisionDiff(from, to, WordDiff.redline(before.heading(), after.heading()),
                    WordDiff.redline(before.text(), after.text()));
        }));
    }

    /** Versions belong to one standard for good, so a pair found under this standard once is found there again. */
    public VersionComparison versions(UUID standardId, UUID from, UUID to) {
        return cached(versionDiffs, List.of(standardId, from, to), () -> worked(() -> {
            List<VersionEntry> before = queries.versionEntries(standardId, from);
            List<VersionEntry> after = queries.versionEntries(standardId, to);
            return VersionDiff.compare(before, after);
        }));
    }

    /** Lookups of both kinds of redline so far. */
    public CacheStats stats() {
        return revisionDiffs.stats().plus(versionDiffs.stats());
    }

    private static <V> V cached(Cache<List<Object>, V> cache, List<Object> key, Supplier<V> compute) {
        V value = cache.getIfPresent(key);
        if (value == null) {
            // Not Cache.get(key, compute): that would hold up other keys of the same hash bin for the whole work.
            value = compute.get();
            cache.put(key, value);
        }
        return value;
    }

    private <V> V worked(Supplier<V> work) {
        try {
            if (!working.tryAcquire(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        try {
            return work.get();
        } finally {
            working.release();
        }
    }

    private static RuleViolation busy() {
        return RuleViolation.unavailable(Text.of("drafting.redlines_busy"));
    }

    private static int characters(ClauseChange change) {
        return change.headingRedline().length() + change.textRedline().length();
    }
}
