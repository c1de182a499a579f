package org.accord.app.config;

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

    /** Quarkus registers, and so validates, only the mappings that something injects. */
    @Startup
    @ApplicationScoped
    class Check {

        Check(RequiredSecrets secrets) {
        }
    }
}
