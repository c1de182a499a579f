package org.accord.app.e2e;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.accord.testing.KeycloakServer;

import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;

/** Real tokens from the test Keycloak: the password grant of the public accord-cli client. */
public final class Tokens {

    public static final String DEMO_PASSWORD = "accord-demo";

    private Tokens() {
    }

    static String forUser(KeycloakServer keycloak, String username, String password) {
        return forUser(keycloak.realmUrl(), username, password);
    }

    public static String forUser(String realmUrl, String username, String password) {
        return given().formParam("grant_type", "password").formParam("client_id", "accord-cli")
                .formParam("username", username).formParam("password", password).when()
                .post(realmUrl + "/protocol/openid-connect/token").then().statusCode(200).extract()
                .path("access_token");
    }

    static String forUser(KeycloakServer keycloak, String username) {
        return forUser(keycloak, username, DEMO_PASSWORD);
    }

    /** The realm roles a token carries, read from its payload. */
    static List<String> roles(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonPath.from(payload).getList("groups", String.class);
    }

    /** A token for Keycloak's own admin API, to look at accounts as an operator would. */
    static String keycloakAdmin(KeycloakServer keycloak) {
        return keycloakAdmin(keycloak.url());
    }

    /** The same, for the Keycloak at {@code keycloakUrl}. */
    public static String keycloakAdmin(String keycloakUrl) {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin-local-demo").when()
                .post(keycloakUrl + "/realms/master/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }
}
