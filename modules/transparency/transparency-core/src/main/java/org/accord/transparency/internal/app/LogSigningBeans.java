package org.accord.transparency.internal.app;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.accord.transparency.internal.log.HeadSchedule;
import org.accord.transparency.internal.log.LogSigningKey;

import io.quarkus.runtime.Startup;

/**
 * The log's signing key and schedule from the configuration. The key is read at start-up, so a key that is not an
 * Ed25519 private key stops the application rather than the first head.
 */
@Singleton
class LogSigningBeans {

    @Produces
    @Singleton
    @Startup
    LogSigningKey signingKey(TransparencyConfig config) {
        return LogSigningKey.fromPkcs8(config.signingKey());
    }

    @Produces
    @Singleton
    @Startup
    HeadSchedule headSchedule(TransparencyConfig config) {
        return new HeadSchedule(config.heads().interval(), config.heads().renewal());
    }
}
