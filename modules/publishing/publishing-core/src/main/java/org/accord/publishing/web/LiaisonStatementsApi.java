package org.accord.publishing.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.accord.platform.security.Roles;
import org.accord.platform.web.Page;
import org.accord.platform.web.PageParams;
import org.accord.platform.web.Paging;
import org.accord.publishing.internal.app.LiaisonQueries;
import org.accord.publishing.internal.app.LiaisonRecording;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import static org.accord.platform.web.FormResponses.required;

@Path("/api/publishing/statements")
@Tag(name = "Liaison statements")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER)
public class LiaisonStatementsApi {

    public record StatementRequest(String addressee, String subject, String body, List<UUID> bundleIds,
            LocalDate replyDue) {
    }

    public record ReplyRequest(LocalDate receivedOn, String summary, String body) {
    }

    public record Created(UUID id) {
    }

    private final LiaisonQueries queries;
    private final LiaisonRecording recording;
    private final Viewers viewers;
    private final Paging paging;

    LiaisonStatementsApi(LiaisonQueries queries, LiaisonRecording recording, Viewers viewers,
            Paging paging) {
        this.queries = queries;
        this.recording = recording;
        this.viewers = viewers;
        this.paging = paging;
    }

    @GET
    @Operation(summary = "The liaison statements, newest first, a page at a time; overdue: the reply due date has"
            + " passed without a reply")
    public RestResponse<Page<LiaisonQueries.StatementSummary>> list(@BeanParam PageParams page) {
        return paging.respond(page, queries.list(paging.request(page)));
    }

    @POST
    @RolesAllowed({Roles.LIAISON, Roles.ADMIN})
    @Operation(summary = "Record a statement sent to GPAI or another body: addressee, subject, body (Markdown), the"
            + " signed bundles attached and the day a reply is due (today or later; absent when none is asked for)")
    public Response send(StatementRequest request) {
        UUID id = recording.send(new LiaisonRecording.Statement(required(request).addressee(), request.subject(),
                request.body(), request.bundleIds(), request.replyDue()), viewers.username());
        return Response.created(URI.create("/api/publishing/statements/" + id)).entity(new Created(id)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A statement with its body, the bundles it carried and the replies received")
    public LiaisonQueries.StatementView get(@RestPath UUID id) {
        return queries.statement(id);
    }

    @POST
    @Path("{id}/replies")
    @RolesAllowed({Roles.LIAISON, Roles.ADMIN})
    @Operation(summary = "Record a reply received to a statement: the day it came (not before the statement was sent,"
            + " not after today), a summary and its text (Markdown)")
    public Response reply(@RestPath UUID id, ReplyRequest request) {
        UUID replyId = recording.recordReply(id, new LiaisonRecording.Reply(required(request).receivedOn(),
                request.summary(), request.body()), viewers.username());
        return Response.created(URI.create("/api/publishing/statements/" + id)).entity(new Created(replyId)).build();
    }
}
