package org.accord.app.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.accord.app.e2e.PackagedApp;
import org.accord.app.e2e.Tokens;
import org.accord.testing.AccordIntegrationStack;

import static io.restassured.RestAssured.given;

/**
 * What the benchmarks of the packaged application share: the real stack (PostgreSQL, Kafka, Keycloak with the demo
 * realm), a database of the application's own, the application started as an operator starts it, and members' tokens.
 */
final class BenchStack {

    private final Map<String, String> config;

    private BenchStack(Map<String, String> config) {
        this.config = config;
    }

    /** Starts (or joins) the stack and creates an empty database for the application. */
    static BenchStack start() {
        Map<String, String> config = new HashMap<>(new AccordIntegrationStack().start());
        config.put("quarkus.datasource.jdbc.url",
                PackagedApp.freshDatabase(config.get("quarkus.datasource.jdbc.url")));
        return new BenchStack(config);
    }

    Map<String, String> config() {
        return config;
    }

    /** The packaged application on this database, ready (migrated, consumers running). */
    PackagedApp startApp(String name) {
        return PackagedApp.start(name, config).awaitReady(Duration.ofMinutes(2));
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
    }

    String token(String username) {
        return Tokens.forUser(config.get("quarkus.oidc.auth-server-url"), username, Tokens.DEMO_PASSWORD);
    }

    /**
     * Creates Keycloak accounts {@code <prefix>0} … with the member role and the demo password, and signs each in.
     * Their passwords are hashed with one iteration: these accounts exist only in the benchmark's Keycloak, and the
     * default hashing would make signing in a thousand members take minutes.
     *
     * @return one access token per account, in order
     */
    List<String> members(String prefix, int count) throws Exception {
        String keycloak = config.get("quarkus.keycloak.admin-client.server-url");
        String admin = Tokens.keycloakAdmin(keycloak);
        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("passwordPolicy", "hashIterations(1)", "accessTokenLifespan", 3600)).when()
                .put(keycloak + "/admin/realms/accord").then().statusCode(204);
        List<Map<String, Object>> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            users.add(Map.of("username", prefix + i, "enabled", true, "email", prefix + i + "@bench.example",
                    "emailVerified", true, "firstName", "Bench", "lastName", "Member " + i, "realmRoles",
                    List.of("member"), "credentials",
                    List.of(Map.of("type", "password", "value", Tokens.DEMO_PASSWORD, "temporary", false))));
        }
        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("ifResourceExists", "SKIP", "users", users)).when()
                .post(keycloak + "/admin/realms/accord/partialImport").then().statusCode(200);
        return IntStream.range(0, count).parallel().mapToObj(i -> token(prefix + i)).toList();
    }
}
