package org.accord.voting.internal.app;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "accord.voting")
public interface VotingConfig {

    /** How often due ballots are opened and closed (read by the ballot clock's schedule). */
    Duration clockInterval();

    /** The application's key (32 bytes, base64) under which each secret ballot's own key is sealed. */
    String ballotBoxKey();

    /** Side and group tallies of a secret ballot are published only where at least this many voters took part. */
    @WithDefault("5")
    int secretMinCell();
}
