package org.accord.platform.web;

import java.util.regex.Pattern;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.RequestLanguage;
import org.accord.platform.i18n.Text;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every failure into problem+json under {@code /api} and into the error page elsewhere. A missing sign-in keeps
 * the challenge of the authentication mechanism: a redirect to the sign-in page for pages, {@code WWW-Authenticate}
 * with a problem for the API.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** The message JAX-RS gives an exception created with a bare status, which says nothing the status does not. */
    private static final Pattern BARE_STATUS = Pattern.compile("HTTP \\d{3} .*");

    private final Instance<ErrorPages> errorPages;
    private final CurrentVertxRequest request;

    ProblemMappers(Instance<ErrorPages> errorPages, CurrentVertxRequest request) {
        this.errorPages = errorPages;
        this.request = request;
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() == 404 && e.getCause() instanceof IllegalArgumentException malformed) {
            return respond(uri, Status.BAD_REQUEST, Text.of("platform.malformed_parameter", malformed.getMessage()),
                    null);
        }
        if (status.getStatusCode() < 400) {
            return e.getResponse();
        }
        if (status.getStatusCode() >= 500) {
            LOG.error("Failure at " + path(uri), e);
        }
        Text detail = status.getStatusCode() >= 500
                ? null
                : StatusDetails.explains(status) || BARE_STATUS.matcher(String.valueOf(e.getMessage())).matches()
                        ? StatusDetails.of(status, headers.getMediaType())
                        : Text.of("platform.literal", e.getMessage());
        return withHeadersOf(e.getResponse(), respond(uri, status, detail, null));
    }

    /** Malformed JSON, a value of the wrong type, and JSON nested too deeply. */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(uri, Status.BAD_REQUEST, JsonProblems.detail(e), JsonProblems.field(e));
    }

    @ServerExceptionMapper
    public Response refused(RuleViolation e, UriInfo uri) {
        return respond(uri, FormResponses.status(e),
                e.message(RequestLanguage.current(), RequestLanguage.currentZone()), e.field());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(uri, Status.FORBIDDEN, Text.of("platform.forbidden"), null);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Uni<Response> unauthenticated(RuntimeException e, UriInfo uri) {
        HttpAuthenticator authenticator = request.getCurrent() == null
                ? null
                : request.getCurrent().get(HttpAuthenticator.class.getName());
        Uni<ChallengeData> challenge = authenticator == null
                ? Uni.createFrom().nullItem()
                : authenticator.getChallenge(request.getCurrent()).onFailure().recoverWithNull();
        return challenge.map(data -> unauthenticated(uri, data));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        if (DatabaseCollisions.causedBy(e)) {
            LOG.debugf(e, "Collision at %s", path(uri));
            return respond(uri, Status.CONFLICT, Text.of("platform.collision"), null);
        }
        LOG.error("Unhandled failure at " + path(uri), e);
        return respond(uri, Status.INTERNAL_SERVER_ERROR, Text.of("platform.unexpected"), null);
    }

    private Response unauthenticated(UriInfo uri, ChallengeData challenge) {
        boolean redirect = challenge != null && challenge.status != Status.UNAUTHORIZED.getStatusCode();
        Response.ResponseBuilder response = redirect && !isApi(uri)
                ? Response.status(challenge.status)
                : Response.fromResponse(respond(uri, Status.UNAUTHORIZED,
                        Text.of(isApi(uri) ? "platform.sign_in_api" : "platform.sign_in"), null));
        if (challenge != null && challenge.getHeaders() != null) {
            challenge.getHeaders().forEach((name, value) -> response.header(name.toString(), value));
        }
        return response.build();
    }

    private Response respond(UriInfo uri, Response.StatusType status, Text detail, String field) {
        return respond(uri, status,
                detail == null ? null : detail.in(RequestLanguage.current(), RequestLanguage.currentZone()), field);
    }

    private Response respond(UriInfo uri, Response.StatusType status, String detail, String field) {
        if (isApi(uri)) {
            return Problem.of(status, detail, path(uri), field).toResponse();
        }
        if (errorPages.isResolvable()) {
            return errorPages.get().render(status, detail);
        }
        return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(detail).build();
    }

    /** Keeps what the refusal says besides its body, such as the methods a 405 allows. */
    private static Response withHeadersOf(Response refusal, Response problem) {
        Response.ResponseBuilder response = Response.fromResponse(problem);
        refusal.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
                    && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.build();
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
