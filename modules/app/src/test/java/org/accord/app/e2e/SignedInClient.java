package org.accord.app.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP client signed in to the application's pages as a browser is: it follows the sign-in redirect to Keycloak,
 * fills the real login form and keeps the session cookie, for what a browser does without a page (an event stream).
 */
final class SignedInClient {

    private static final Pattern SECURE = Pattern.compile("(?i);\\s*Secure(?=;|$)");
    private static final Pattern LOGIN_FORM = Pattern.compile("id=\"kc-form-login\"[^>]*?action=\"([^\"]+)\"");

    private SignedInClient() {
    }

    /**
     * Keycloak marks its cookies Secure; a browser sends them to http://localhost, which it counts as a secure context,
     * but the JDK's cookie manager would not.
     */
    private static final class LocalCookies extends CookieHandler {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return cookies.get(uri, requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            Map<String, List<String>> local = new HashMap<>();
            responseHeaders.forEach((name, values) -> local.put(name, name != null && name.equalsIgnoreCase(
                    "Set-Cookie")
                            ? values.stream().map(value -> SECURE.matcher(value).replaceAll("")).toList()
                            : values));
            cookies.put(uri, local);
        }
    }

    /** A client holding a session of {@code username}, signed in by opening {@code page}. */
    static HttpClient signIn(URI page, String username, String password) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new LocalCookies())
                .followRedirects(HttpClient.Redirect.NORMAL).version(HttpClient.Version.HTTP_1_1).build();
        try {
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(page).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher form = LOGIN_FORM.matcher(login.body());
            if (!form.find()) {
                throw new AssertionError("No Keycloak login form at " + login.uri() + ":\n" + login.body());
            }
            String credentials = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(form.group(1)
                    .replace("&amp;", "&"))).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(credentials)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (signedIn.statusCode() != 200 || signedIn.uri().getPort() != page.getPort()) {
                throw new AssertionError("Signing in as " + username + " ended at " + signedIn.uri() + " with "
                        + signedIn.statusCode());
            }
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while signing in", e);
        }
    }
}
