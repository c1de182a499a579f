package org.accord.app.web;

import java.util.List;

import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class ShellPagesTest {

    @Test
    void home_whenAnonymous_offersSignIn() {
        given().when().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(allOf(containsString("href=\"/signin\""), not(containsString("Signed in as"))));
    }

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void home_whenSignedIn_showsNameRolesAndSignOut() {
        given().when().get("/").then().statusCode(200)
                .body(allOf(containsString("Signed in as eli"), containsString(">Editor<"),
                        containsString(">Member<"), containsString("href=\"/logout\"")));
    }

    @Test
    @TestSecurity(user = "eva", roles = "member")
    void home_inFrenchOrGerman_usesTranslatedShell() {
        given().header("Accept-Language", "fr").when().get("/").then().statusCode(200)
                .body(allOf(containsString("lang=\"fr\""), containsString("Se déconnecter"),
                        containsString("Connecté en tant que eva")));
        given().header("Accept-Language", "de-DE,de;q=0.9").when().get("/").then().statusCode(200)
                .body(allOf(containsString("lang=\"de\""), containsString("Abmelden")));
    }

    @Test
    void pages_carrySecurityHeaders() {
        given().when().get("/").then().statusCode(200)
                .header("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                        containsString("frame-ancestors 'none'")))
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin");
    }

    @Test
    void transparencyPages_areOpenToEveryone_linkedFromTheShell_andCarrySecurityHeaders() {
        for (String page : List.of("/transparency", "/transparency/verify")) {
            given().when().get(page).then().statusCode(200)
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("X-Frame-Options", "DENY")
                    .body(containsString("<a href=\"/transparency\">Transparency</a>"));
        }
    }

    @Test
    @TestSecurity(user = "uma", roles = "member")
    void transparency_isInTheShellNavigation_whenSignedIn() {
        given().when().get("/").then().statusCode(200)
                .body(containsString("<a href=\"/transparency\">Transparency</a>"));
    }

    @Test
    void stylesheetAndHtmx_areServed() {
        given().when().get("/static/accord.css").then().statusCode(200);
        given().when().get("/webjars/htmx.org/2.0.10/dist/htmx.min.js").then().statusCode(200);
    }
}
