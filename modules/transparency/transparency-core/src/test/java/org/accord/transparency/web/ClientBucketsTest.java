package org.accord.transparency.web;

import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientBucketsTest {

    private final AtomicLong now = new AtomicLong(TimeUnit.DAYS.toNanos(3));
    private final ClientBuckets buckets = new ClientBuckets(5, 2, 1000, now::get);

    @Test
    void aClient_mayBurstItsCapacity_thenWaitsForTheNextToken() {
        IntStream.range(0, 5).forEach(i -> assertThat(buckets.refusal("203.0.113.1")).as("request %d", i).isEmpty());

        assertThat(buckets.refusal("203.0.113.1")).isEqualTo(OptionalLong.of(1));
        later(499);
        assertThat(buckets.refusal("203.0.113.1")).as("half a token is no token").isEqualTo(OptionalLong.of(1));
        later(1);
        assertThat(buckets.refusal("203.0.113.1")).as("one token after half a second at 2/s").isEmpty();
        assertThat(buckets.refusal("203.0.113.1")).isPresent();
    }

    @Test
    void refusals_doNotCost_soAClientHammeringStillGetsItsRate() {
        IntStream.range(0, 5).forEach(i -> buckets.refusal("203.0.113.2"));
        IntStream.range(0, 1000).forEach(i -> assertThat(buckets.refusal("203.0.113.2")).isPresent());

        later(1000);
        assertThat(buckets.refusal("203.0.113.2")).isEmpty();
        assertThat(buckets.refusal("203.0.113.2")).isEmpty();
        assertThat(buckets.refusal("203.0.113.2")).isPresent();
    }

    @Test
    void oneClientsExhaustion_leavesAnotherClientServed() {
        IntStream.range(0, 6).forEach(i -> buckets.refusal("203.0.113.3"));

        assertThat(buckets.refusal("203.0.113.3")).isPresent();
        assertThat(buckets.refusal("198.51.100.7")).isEmpty();
    }

    @Test
    void aBucket_refillsToItsCapacity_andNoFurther() {
        IntStream.range(0, 5).forEach(i -> buckets.refusal("203.0.113.4"));
        later(3_600_000);

        IntStream.range(0, 5).forEach(i -> assertThat(buckets.refusal("203.0.113.4")).isEmpty());
        assertThat(buckets.refusal("203.0.113.4")).isPresent();
    }

    @Test
    void retryAfter_isTheWholeSecondsUntilTheNextToken_roundedUp() {
        ClientBuckets slow = new ClientBuckets(1, 1, 10, now::get);
        assertThat(slow.refusal("203.0.113.5")).isEmpty();
        assertThat(slow.refusal("203.0.113.5")).isEqualTo(OptionalLong.of(1));
        later(1);
        assertThat(slow.refusal("203.0.113.5")).isEqualTo(OptionalLong.of(1));
        later(999);
        assertThat(slow.refusal("203.0.113.5")).isEmpty();
    }

    private void later(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }
}
