package org.accord.transparency.internal.app;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** The log's signing key, how often it signs (ADR 0027), and how much of its public API one client may ask for. */
@ConfigMapping(prefix = "accord.transparency")
public interface TransparencyConfig {

    /** The Ed25519 private key, PKCS#8 in Base64, from {@code ACCORD_TRANSPARENCY_SIGNING_KEY}. */
    String signingKey();

    Heads heads();

    RateLimit rateLimit();

    interface Heads {

        /** A head at most this often while entries arrive. */
        Duration interval();

        /** A head at least this often, even when none arrive. */
        Duration renewal();

        /** How often each instance looks whether a head is due. */
        Duration checkEvery();
    }

    /** A token bucket per client address over the public API and the feeds. */
    interface RateLimit {

        /** How many requests a client may send at once, after a pause. */
        int burst();

        /** How many requests a client may send each second, sustained. */
        int perSecond();

        /** How many client addresses are remembered; the least recently seen are forgotten first. */
        int clients();
    }
}
