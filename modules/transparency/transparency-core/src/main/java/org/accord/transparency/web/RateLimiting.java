package org.accord.transparency.web;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.accord.platform.i18n.RequestLanguage;
import org.accord.platform.i18n.Text;
import org.accord.platform.web.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * The public API and the feeds answer anyone without sign-in, so each client address gets its share and no more. The
 * address is the connection's, or the one a trusted proxy forwarded ({@code quarkus.http.proxy.*}).
 */
public class RateLimiting {

    private static final Pattern LIMITED = Pattern.compile(Pattern.quote(PublicLogApi.PATH) + "(/.*)?|"
            + Pattern.quote(TransparencyPages.PATH) + "/standards/[^/]+/feed");

    private final ClientBuckets buckets;

    RateLimiting(ClientBuckets buckets) {
        this.buckets = buckets;
    }

    @ServerRequestFilter(priority = 100)
    public Optional<Response> limitPublicReads(UriInfo uri, HttpServerRequest request) {
        String path = uri.getPath().startsWith("/") ? uri.getPath() : "/" + uri.getPath();
        if (!LIMITED.matcher(path).matches() || request.remoteAddress() == null) {
            return Optional.empty();
        }
        return buckets.refusal(request.remoteAddress().hostAddress()).stream().mapToObj(seconds -> Response
                .fromResponse(Problem.of(Response.Status.TOO_MANY_REQUESTS, tooMany(seconds), path).toResponse())
                .header(HttpHeaders.RETRY_AFTER, seconds).build()).findFirst();
    }

    private static String tooMany(long seconds) {
        Text detail = seconds == 1
                ? Text.of("transparency.too_many_requests_second")
                : Text.of("transparency.too_many_requests", seconds);
        return detail.in(RequestLanguage.current());
    }
}
