package org.accord.platform.consumer;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "accord.consumer")
public interface EventConsumerConfig {

    /** The wait before the first retry of a failed delivery; it doubles with every further failure. */
    @WithDefault("100ms")
    Duration initialBackoff();

    /** The longest wait between two tries of one delivery. */
    @WithDefault("5s")
    Duration maxBackoff();

    /** How often the consumer groups' lag is read from the broker. */
    @WithDefault("10s")
    Duration lagInterval();

    /** A consumer group that has lag and has not moved on for this long makes the instance not ready. */
    @WithDefault("60s")
    Duration maxStall();
}
