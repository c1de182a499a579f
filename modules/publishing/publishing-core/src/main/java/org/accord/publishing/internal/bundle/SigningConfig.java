package org.accord.publishing.internal.bundle;

import io.smallrye.config.ConfigMapping;

/**
 * Where the key that signs bundles is kept (ADR 0025). Production mounts the keystore as a secret and names it and its
 * password in {@code ACCORD_SIGNING_KEYSTORE} and {@code ACCORD_SIGNING_KEYSTORE_PASSWORD}; without them the
 * application does not start.
 */
@ConfigMapping(prefix = "accord.publishing.signing")
public interface SigningConfig {

    /** Path of the PKCS#12 keystore. */
    String keystore();

    String password();

    /** The alias of the signing key; other entries' certificates are earlier keys, still published. */
    String alias();

    /** Whether a missing keystore is made, with a new key and a self-signed certificate: for the local demo only. */
    boolean generateIfMissing();
}
