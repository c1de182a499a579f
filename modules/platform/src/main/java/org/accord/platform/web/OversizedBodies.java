package org.accord.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response.Status;

import org.accord.platform.i18n.RequestLanguage;
import org.accord.platform.i18n.Text;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Refuses a request whose declared body is over the limit with a 413 that says so. The HTTP server's own check (route
 * order -2) answers before any JAX-RS filter or mapper with an empty body, so this route runs just ahead of it; a body
 * sent without a length is still cut off by the server's check.
 */
@ApplicationScoped
class OversizedBodies {

    private static final int BEFORE_THE_SERVERS_LIMIT = -3;

    private final long limit;
    private final ObjectMapper json;

    OversizedBodies(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, ObjectMapper json) {
        this.limit = limit.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_THE_SERVERS_LIMIT).handler(this::refuseOversized);
    }

    private void refuseOversized(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !isOver(length)) {
            context.next();
            return;
        }
        String detail = Text.of("platform.body_too_large", limit / (1024 * 1024))
                .in(RequestLanguage.withoutProfile(context));
        String path = context.request().path();
        context.response().setStatusCode(Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode())
                .putHeader(HttpHeaders.CONNECTION, "close");
        if (path.equals("/api") || path.startsWith("/api/")) {
            context.response().putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(problem(detail, path));
        } else {
            context.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8").end(detail);
        }
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String problem(String detail, String path) {
        try {
            return json.writeValueAsString(Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, detail, path));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem document could not be written", e);
        }
    }
}
