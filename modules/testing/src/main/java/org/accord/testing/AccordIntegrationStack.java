package org.accord.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The module-test stack plus a real Keycloak with the Accord realm, for tests of the packaged application. Needs the
 * system properties {@code accord.keycloak.home} (an unpacked Keycloak distribution) and {@code accord.realm.file}.
 */
public class AccordIntegrationStack extends AccordTestStack {

    private static KeycloakServer keycloak;

    @Override
    public synchronized Map<String, String> start() {
        Map<String, String> config = super.start();
        if (keycloak == null) {
            keycloak = KeycloakServer.start(Path.of(requiredProperty("accord.keycloak.home")),
                    Path.of(requiredProperty("accord.realm.file")), workDirectory());
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close));
        }
        config.put("quarkus.oidc.auth-server-url", keycloak.realmUrl());
        config.put("quarkus.oidc.api.auth-server-url", keycloak.realmUrl());
        config.put("quarkus.keycloak.admin-client.server-url", keycloak.url());
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        super.inject(injector);
        injector.injectIntoFields(keycloak,
                new TestInjector.AnnotatedAndMatchesType(InjectStack.class, KeycloakServer.class));
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException("System property " + name + " is not set; run the tests with `make test`");
        }
        return value;
    }

    private static Path workDirectory() {
        try {
            return Files.createTempDirectory("accord-keycloak");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
