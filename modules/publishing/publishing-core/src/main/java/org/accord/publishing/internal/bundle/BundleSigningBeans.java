package org.accord.publishing.internal.bundle;

import java.nio.file.Path;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;

/**
 * Makes the signing keys, writer and verifier from the configuration. The keys are loaded at start-up, so a keystore
 * that is missing, unreadable or holds no RSA key stops the application rather than the first bundle.
 */
@Singleton
class BundleSigningBeans {

    @Produces
    @Singleton
    @Startup
    SigningKeys signingKeys(SigningConfig config) {
        Path keystore = Path.of(config.keystore());
        char[] password = config.password().toCharArray();
        return config.generateIfMissing()
                ? SigningKeys.loadOrCreateDemo(keystore, password, config.alias())
                : SigningKeys.load(keystore, password, config.alias());
    }

    @Produces
    @Singleton
    BundleWriter bundleWriter(SigningKeys keys) {
        return new BundleWriter(new ManifestSigner(keys));
    }

    @Produces
    @Singleton
    BundleVerifier bundleVerifier(SigningKeys keys) {
        return BundleVerifier.trusting(keys);
    }
}
