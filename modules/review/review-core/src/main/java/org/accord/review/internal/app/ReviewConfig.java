package org.accord.review.internal.app;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "accord.review")
public interface ReviewConfig {

    /** How often due rounds are opened, closed and looked at for balance (read by the round clock's schedule). */
    Duration clockInterval();

    /** The largest comment file accepted for import, in bytes. */
    @WithDefault("10485760")
    long importLimit();
}
