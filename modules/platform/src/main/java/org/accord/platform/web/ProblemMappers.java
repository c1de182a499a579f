package org.accord.platform.web;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;

import org.accord.platform.errors.RuleViolation;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.ForbiddenException;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Turns failures under {@code /api} into problem+json; pages get the same status with a plain message. A missing
 * sign-in is left to the authentication mechanism, which challenges with a redirect (pages) or a bare 401 (API).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final Instance<ErrorPages> errorPages;

    ProblemMappers(Instance<ErrorPages> errorPages) {
        this.errorPages = errorPages;
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (!isApi(uri)) {
            return errorPages.isResolvable()
                    ? errorPages.get().render(e.getResponse().getStatusInfo(), e.getMessage())
                    : e.getResponse();
        }
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = status.getStatusCode() >= 500 ? null : e.getMessage();
        return Problem.of(status, detail, path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(uri, Status.BAD_REQUEST, "The request body is not valid JSON: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response refused(RuleViolation e, UriInfo uri) {
        Status status = FormResponses.status(e);
        if (isApi(uri)) {
            return Problem.of(status, e.getMessage(), path(uri), e.field()).toResponse();
        }
        return respond(uri, status, e.getMessage());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(uri, Status.FORBIDDEN, "Your roles do not allow this request.");
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.error("Unhandled failure at " + path(uri), e);
        return respond(uri, Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side; it has been logged.");
    }

    private Response respond(UriInfo uri, Status status, String detail) {
        if (isApi(uri)) {
            return Problem.of(status, detail, path(uri)).toResponse();
        }
        if (errorPages.isResolvable()) {
            return errorPages.get().render(status, detail);
        }
        return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(detail).build();
    }

    private static boolean isApi(UriInfo uri) {
        String path = path(uri);
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static String path(UriInfo uri) {
        String path = uri.getPath();
        return path.startsWith("/") ? path : "/" + path;
    }
}
