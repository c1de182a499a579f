package org.accord.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The production realm holds no demo secret, user or password grant; the demo realm adds them and keeps the rest. */
class RealmFilesTest {

    private static final Path REALM = Path.of("../../deploy/keycloak/accord-realm.json");
    private static final Path DEMO_OVERLAY = Path.of("../../deploy/keycloak/demo/accord-realm-demo.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void productionRealm_requiresSslAndLocksOutGuessers_andHasNoDemoSecretUserOrPasswordGrant() throws IOException {
        JsonNode realm = JSON.readTree(REALM.toFile());

        assertThat(realm.path("sslRequired").asText()).isEqualTo("external");
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(values(realm.path("clients"), "clientId")).containsExactlyInAnyOrder("accord-web", "accord-admin");
        assertThat(realm.path("clients")).noneMatch(client -> client.has("secret"))
                .noneMatch(client -> client.path("directAccessGrantsEnabled").asBoolean());
        assertThat(values(realm.path("users"), "username")).containsExactly("service-account-accord-admin");
        assertThat(Files.readString(REALM)).doesNotContain("demo");
    }

    @Test
    void demoRealm_isTheProductionRealmWithTheDemoUsersPasswordGrantAndSecrets(@TempDir Path work) throws IOException {
        Path demo = work.resolve("accord-realm.json");
        DemoRealm.write(REALM, DEMO_OVERLAY, demo);
        JsonNode realm = JSON.readTree(demo.toFile());

        assertThat(realm.path("sslRequired").asText()).isEqualTo("external");
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(values(realm.path("clients"), "clientId")).containsExactly("accord-web", "accord-admin",
                "accord-cli");
        assertThat(DemoRealm.clientSecret(demo, "accord-web")).isEqualTo("accord-web-local-demo-secret");
        assertThat(DemoRealm.clientSecret(demo, "accord-admin")).isEqualTo("accord-admin-local-demo-secret");
        JsonNode web = realm.path("clients").get(0);
        assertThat(values(web.path("protocolMappers"), "name")).as("kept from production")
                .containsExactly("realm roles as groups", "audience accord-web");
        assertThat(values(realm.path("users"), "username")).contains("service-account-accord-admin", "ada", "uma",
                "newcomer");
        assertThat(realm.path("components")).isEqualTo(JSON.readTree(REALM.toFile()).path("components"));
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.path(field).asText()));
        return values;
    }
}
