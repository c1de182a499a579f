package org.accord.app.e2e;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.accord.testing.AccordIntegrationStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A person signs in through Keycloak's real login page in a real browser against the packaged application. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = AccordIntegrationStack.class, restrictToAnnotatedClass = true)
class SignInIT {

    @TestHTTPResource("/")
    URL home;

    @Test
    void member_signsInThroughKeycloak_seesTheirNameAndRoles_thenSignsOut() {
        try (Browser browser = new Browser()) {
            browser.open(home.toString());
            browser.waitFor(By.id("sign-in")).click();

            browser.signInAtKeycloak("eli", "accord-demo");

            browser.waitForText(By.id("current-user"), "Eli Novak");
            assertThat(browser.waitFor(By.cssSelector(".roles")).getText()).contains("Editor", "Member");
            assertThat(browser.currentUrl()).startsWith(home.toString());

            browser.waitFor(By.id("sign-out")).click();
            browser.waitFor(By.id("sign-in"));
        }
    }

    @Test
    void personWithoutMembership_signsIn_andIsToldTheyAreNotAMemberYet() {
        try (Browser browser = new Browser()) {
            browser.open(home.toString());
            browser.waitFor(By.id("sign-in")).click();

            browser.signInAtKeycloak("newcomer", "accord-demo");

            assertThat(browser.waitFor(By.id("not-a-member")).getText()).contains("not a member of the working group");
            browser.open(home + "members");
            assertThat(browser.waitFor(By.tagName("h1")).getText()).contains("not a member of the working group yet");
        }
    }

    @Test
    void keycloaksSignInPage_speaksTheLanguageTheBrowserAsksFor() throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        for (String[] language : new String[][]{{"de", "Anmelden"}, {"fr", "Connexion"}, {"en", "Sign in"}}) {
            HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(home + "signin"))
                    .header("Accept-Language", language[0]).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.body()).as("Keycloak's page in " + language[0]).contains("id=\"kc-form-login\"")
                    .contains("lang=\"" + language[0] + "\"").contains(language[1]);
        }
    }
}
