package org.accord.transparency.internal.app;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** The log's signing key and how often it signs (ADR 0027). */
@ConfigMapping(prefix = "accord.transparency")
public interface TransparencyConfig {

    /** The Ed25519 private key, PKCS#8 in Base64, from {@code ACCORD_TRANSPARENCY_SIGNING_KEY}. */
    String signingKey();

    Heads heads();

    interface Heads {

        /** A head at most this often while entries arrive. */
        Duration interval();

        /** A head at least this often, even when none arrive. */
        Duration renewal();

        /** How often each instance looks whether a head is due. */
        Duration checkEvery();
    }
}
