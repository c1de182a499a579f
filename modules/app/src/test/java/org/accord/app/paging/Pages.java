package org.accord.app.paging;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;

import static io.restassured.RestAssured.given;

/** Reads the API's paged lists the way a client does: page after page, following {@code Link: rel="next"}. */
public final class Pages {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    private Pages() {
    }

    /** Every item of the list at {@code path} (which may carry filters), 500 to a page. */
    public static List<Map<String, Object>> all(String path) {
        List<Map<String, Object>> items = new ArrayList<>();
        String url = withQuery(path, "limit=500");
        while (url != null) {
            Response page = given().when().get(url).then().statusCode(200).extract().response();
            items.addAll(page.jsonPath().getList("items"));
            url = next(page);
        }
        return items;
    }

    /** One field of every item of the list at {@code path}. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> all(String path, String field) {
        return all(path).stream().map(item -> (T) item.get(field)).toList();
    }

    /** The URL of the page's {@code Link: <…>; rel="next"}, or null on the last page. */
    public static String next(Response page) {
        String link = page.header("Link");
        if (link == null) {
            return null;
        }
        Matcher matcher = NEXT.matcher(link);
        return matcher.find() ? matcher.group(1) : null;
    }

    public static String withQuery(String path, String parameter) {
        return path + (URI.create(path).getRawQuery() == null ? "?" : "&") + parameter;
    }
}
