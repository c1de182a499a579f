package org.accord.voting.web;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.accord.platform.security.Roles;
import org.accord.platform.web.Page;
import org.accord.platform.web.PageParams;
import org.accord.platform.web.Paging;
import org.accord.voting.internal.app.BallotAdministration;
import org.accord.voting.internal.app.BallotQueries;
import org.accord.voting.internal.app.RuleSpec;
import org.accord.voting.internal.app.Voting;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;

import static org.accord.platform.web.FormResponses.required;

@Path("/api/ballots")
@Tag(name = "Ballots")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER)
public class BallotsApi {

    public record OpenRequest(String title, UUID draftVersionId, String question, RuleSpec rule, Instant opensAt,
            Instant closesAt, Boolean secret, String instructions) {
    }

    public record VoteRequest(String position, String reason) {
    }

    public record ReasonRequest(String reason) {
    }

    /** What a voter gets back: cheap to produce while thousands vote at once; the standing is a GET away. */
    public record VoteReceipt(UUID ballotId, String position, Instant recordedAt) {
    }

    public record Created(UUID id) {
    }

    private final BallotQueries queries;
    private final BallotAdministration administration;
    private final Voting voting;
    private final SecurityIdentity identity;
    private final Paging paging;

    BallotsApi(BallotQueries queries, BallotAdministration administration, Voting voting,
            SecurityIdentity identity, Paging paging) {
        this.paging = paging;
        this.queries = queries;
        this.administration = administration;
        this.voting = voting;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The ballots, newest first, a page at a time")
    public RestResponse<Page<BallotQueries.BallotSummary>> list(@BeanParam PageParams page) {
        return paging.respond(page, queries.list(paging.request(page)));
    }

    @GET
    @Path("mine")
    @Operation(summary = "Open ballots I may vote in and have not voted in yet, closing first, a page at a time")
    public RestResponse<Page<BallotQueries.BallotSummary>> mine(@BeanParam PageParams page) {
        return paging.respond(page, queries.awaitingMyVote(username(), paging.request(page)));
    }

    @POST
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "Open a ballot on a draft version or a question, under a preset or custom rule")
    public Response open(OpenRequest request) {
        UUID id = administration.open(new BallotAdministration.Opening(required(request).title(),
                request.draftVersionId(), request.question(), request.rule(), request.opensAt(), request.closesAt(),
                Boolean.TRUE.equals(request.secret()), request.instructions()), username());
        return Response.created(URI.create("/api/ballots/" + id)).entity(new Created(id)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A ballot: its standing while open, its result once closed; secret positions never shown")
    public BallotQueries.BallotView get(@RestPath UUID id) {
        return queries.ballot(id, username());
    }

    @PUT
    @Path("{id}/vote")
    @Operation(summary = "Cast or change my vote; DISAPPROVE needs a reason")
    public VoteReceipt vote(@RestPath UUID id, VoteRequest request) {
        voting.cast(id, username(), required(request).position(), request.reason());
        return new VoteReceipt(id, request.position().strip(), Instant.now());
    }

    @POST
    @Path("{id}/closure")
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "Close a ballot before its time, with a reason; the result is recorded and published")
    public BallotQueries.BallotView close(@RestPath UUID id, ReasonRequest request) {
        administration.close(id, required(request).reason(), username());
        return queries.ballot(id, username());
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "Cancel a ballot, with a reason; no result is recorded")
    public BallotQueries.BallotView cancel(@RestPath UUID id, ReasonRequest request) {
        administration.cancel(id, required(request).reason(), username());
        return queries.ballot(id, username());
    }

    private String username() {
        return identity.getPrincipal().getName();
    }
}
