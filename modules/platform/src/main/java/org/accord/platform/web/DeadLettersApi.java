package org.accord.platform.web;

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

import org.accord.platform.consumer.DeadLetter;
import org.accord.platform.consumer.DeadLetterReplay;
import org.accord.platform.consumer.DeadLetters;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/admin/dead-letters")
@Tag(name = "Operations")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DeadLettersApi {

    private final DeadLetters letters;
    private final DeadLetterReplay replay;
    private final SecurityIdentity identity;
    private final Paging paging;

    DeadLettersApi(DeadLetters letters, DeadLetterReplay replay, SecurityIdentity identity, Paging paging) {
        this.paging = paging;
        this.letters = letters;
        this.replay = replay;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Records a module could not apply, with the reason, oldest first, a page at a time; only those"
            + " waiting for a replay unless all=true")
    public RestResponse<Page<DeadLetter>> list(@RestQuery boolean all, @BeanParam PageParams page) {
        PageRequest request = paging.request(page);
        return paging.respond(page, Slice.of(letters.list(!all, request), request, DeadLetters::keyOf));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One dead letter")
    public DeadLetter get(@RestPath UUID id) {
        return letters.find(id).orElseThrow(() -> RuleViolation.notFound(Text.of("platform.no_dead_letter", id)));
    }

    @POST
    @Path("{id}/replay")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Deliver a dead letter again to the module that could not apply it; applied at most once")
    public DeadLetterReplay.Replayed replay(@RestPath UUID id) {
        return replay.replay(id, identity.getPrincipal().getName());
    }

    @POST
    @Path("replay")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Replay every dead letter waiting for it, oldest first, and report each outcome")
    public List<DeadLetterReplay.Replayed> replayPending() {
        return replay.replayPending(identity.getPrincipal().getName());
    }
}
