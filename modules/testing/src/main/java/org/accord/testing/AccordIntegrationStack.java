package org.accord.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The module-test stack plus a real Keycloak with the demo realm, for tests of the packaged application, which runs in
 * its production profile and so is given the realm's client secrets. Needs the system properties
 * {@code accord.keycloak.home} (an unpacked Keycloak distribution), {@code accord.realm.file} and
 * {@code accord.realm.demo-overlay}.
 */
public class AccordIntegrationStack extends AccordTestStack {

    private static KeycloakServer keycloak;
    private static Path demoRealm;
    private static Path signingKeystore;

    @Override
    public synchronized Map<String, String> start() {
        Map<String, String> config = super.start();
        if (keycloak == null) {
            Path work = workDirectory();
            demoRealm = work.resolve("accord-realm.json");
            DemoRealm.write(Path.of(requiredProperty("accord.realm.file")),
                    Path.of(requiredProperty("accord.realm.demo-overlay")), demoRealm);
            keycloak = KeycloakServer.start(Path.of(requiredProperty("accord.keycloak.home")), demoRealm, work);
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close));
            signingKeystore = SigningKeystore.create(work);
        }
        config.put("quarkus.oidc.auth-server-url", keycloak.realmUrl());
        config.put("quarkus.oidc.api.auth-server-url", keycloak.realmUrl());
        config.put("quarkus.keycloak.admin-client.server-url", keycloak.url());
        // The production profile takes its secrets by the names of the variables an operator sets.
        config.put("ACCORD_OIDC_SECRET", DemoRealm.clientSecret(demoRealm, "accord-web"));
        config.put("ACCORD_ADMIN_CLIENT_SECRET", DemoRealm.clientSecret(demoRealm, "accord-admin"));
        config.put("ACCORD_BALLOT_BOX_KEY", config.get("accord.voting.ballot-box-key"));
        config.put("ACCORD_CURSOR_KEY", "accord-test-cursor-key");
        config.put("ACCORD_SIGNING_KEYSTORE", signingKeystore.toString());
        config.put("ACCORD_SIGNING_KEYSTORE_PASSWORD", SigningKeystore.PASSWORD);
        config.put("ACCORD_TRANSPARENCY_SIGNING_KEY", config.get("accord.transparency.signing-key"));
        config.put("ACCORD_UNSUBSCRIBE_KEY", "accord-test-unsubscribe-key");
        config.put("ACCORD_SESSION_KEY", "accord-test-session-key-of-every-instance");
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
