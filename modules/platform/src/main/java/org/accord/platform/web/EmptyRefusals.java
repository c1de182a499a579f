package org.accord.platform.web;

import java.lang.annotation.Annotation;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;

import org.accord.platform.i18n.RequestLanguage;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives a body to a refusal that a filter answered without one (such as the CSRF check): problem+json under
 * {@code /api}, the error page elsewhere.
 */
class EmptyRefusals {

    private final Instance<ErrorPages> errorPages;

    EmptyRefusals(Instance<ErrorPages> errorPages) {
        this.errorPages = errorPages;
    }

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400 || response.hasEntity()) {
            return;
        }
        Response.StatusType status = response.getStatusInfo();
        String detail = StatusDetails.of(status, request.getMediaType()).in(RequestLanguage.current());
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        Response refusal = path.equals("/api") || path.startsWith("/api/")
                ? Problem.of(status, detail, path).toResponse()
                : errorPages.isResolvable() ? errorPages.get().render(status, detail) : null;
        if (refusal != null) {
            response.setEntity(refusal.getEntity(), new Annotation[0], refusal.getMediaType());
        }
    }
}
