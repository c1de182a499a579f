package org.accord.app.config;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Startup;

/**
 * Names the secrets without which the application must not start. Quarkus checks every configuration injection point
 * before any bean starts and reports all that are missing in one message, so an operator who forgot several learns of
 * all of them at once (docs/adr/0019-production-settings.md). Only the demo profile gives them values.
 */
@Startup
@ApplicationScoped
class RequiredSecrets {

    RequiredSecrets(@ConfigProperty(name = "quarkus.oidc.credentials.secret") String webClientSecret,
            @ConfigProperty(name = "quarkus.keycloak.admin-client.client-secret") String adminClientSecret,
            @ConfigProperty(name = "accord.voting.ballot-box-key") String ballotBoxKey,
            @ConfigProperty(name = "accord.api.cursor-key") String cursorKey) {
    }
}
