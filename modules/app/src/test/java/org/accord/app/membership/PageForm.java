package org.accord.app.membership;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A form sent as a browser sends it: with the CSRF cookie and token of the page that shows the form. */
final class PageForm {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private PageForm() {
    }

    /** A request carrying the CSRF cookie and token of {@code page}, which does not follow the redirect it gets. */
    static RequestSpecification of(String page) {
        Response form = given().when().get(page);
        form.then().statusCode(200);
        Matcher token = CSRF_FIELD.matcher(form.asString());
        assertThat(token.find()).as("the form carries a CSRF token").isTrue();
        return given().cookie("accord-csrf", form.getCookie("accord-csrf")).formParam("csrf-token", token.group(1))
                .redirects().follow(false);
    }
}
