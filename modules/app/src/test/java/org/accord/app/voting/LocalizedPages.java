package org.accord.app.voting;

import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Ballot pages as a reader of one language gets them, and the text of one of their elements. */
final class LocalizedPages {

    private LocalizedPages() {
    }

    static String page(String path, String language) {
        return given().header("Accept-Language", language).when().get(path).then().statusCode(200)
                .contentType(ContentType.HTML).extract().asString();
    }

    /** What stands between {@code start} and the next {@code end}; the page must contain {@code start}. */
    static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as("%s in the page", start).isNotNegative();
        return html.substring(from + start.length(), html.indexOf(end, from + start.length()));
    }
}
