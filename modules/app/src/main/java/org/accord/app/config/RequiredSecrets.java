package org.accord.app.config;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/**
 * The secrets an operator must provide (ADR 0019), each named after the environment variable it is read from; only the
 * {@code demo} profile gives them values. Quarkus validates configuration mappings while it reads the configuration,
 * before anything starts, and reports every missing property together: so an application started without some of its
 * secrets stops with one message that names each of them, rather than failing on whichever one a module reads first.
 */
@ConfigMapping(prefix = "accord.secrets")
interface RequiredSecrets {

    @WithName("ACCORD_OIDC_SECRET")
    String webClientSecret();

    @WithName("ACCORD_ADMIN_CLIENT_SECRET")
    String adminClientSecret();

    @WithName("ACCORD_BALLOT_BOX_KEY")
    String ballotBoxKey();

    @WithName("ACCORD_CURSOR_KEY")
    String cursorKey();

    @WithName("ACCORD_SIGNING_KEYSTORE")
    String signingKeystore();

    @WithName("ACCORD_SIGNING_KEYSTORE_PASSWORD")
    String signingKeystorePassword();

    @WithName("ACCORD_TRANSPARENCY_SIGNING_KEY")
    String transparencySigningKey();

    @WithName("ACCORD_UNSUBSCRIBE_KEY")
    String unsubscribeKey();

    /** Encrypts the sign-in session cookie; the same on every instance (ADR 0033). */
    @WithName("ACCORD_SESSION_KEY")
    String sessionKey();

    /**
     * Quarkus registers, and so validates, only the mappings that something injects. A session key shorter than an
     * AES-256 key's 32 bytes is refused too: Quarkus would only log that it weakens the session cookie's encryption.
     */
    @Startup
    @ApplicationScoped
    class Check {

        static final int MIN_SESSION_KEY_BYTES = 32;

        Check(RequiredSecrets secrets) {
            if (secrets.sessionKey().getBytes(StandardCharsets.UTF_8).length < MIN_SESSION_KEY_BYTES) {
                throw new IllegalStateException("ACCORD_SESSION_KEY must be at least " + MIN_SESSION_KEY_BYTES
                        + " bytes long (openssl rand -base64 32)");
            }
        }
    }
}
