package org.accord.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;

/**
 * A GET or HEAD has no body, so the type of its body means nothing; common HTTP clients send one anyway, and it must
 * not make a read fail with 415.
 */
@ApplicationScoped
class ReadsIgnoreContentType {

    void register(@Observes Filters filters) {
        filters.register(context -> {
            HttpMethod method = context.request().method();
            if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
                context.request().headers().remove(HttpHeaders.CONTENT_TYPE);
            }
            context.next();
        }, 100);
    }
}
