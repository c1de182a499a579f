package org.accord.platform.web;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.accord.platform.outbox.OutboxParking;
import org.accord.platform.outbox.ParkedEvent;
import org.accord.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/admin/outbox/parked")
@Tag(name = "Operations")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ParkedEventsApi {

    public record Retried(int events) {
    }

    private final OutboxParking parking;
    private final SecurityIdentity identity;

    ParkedEventsApi(OutboxParking parking, SecurityIdentity identity) {
        this.parking = parking;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Events the broker refused too often, each with the error and how many later events of its"
            + " subject wait behind it")
    public List<ParkedEvent> list() {
        return parking.list();
    }

    @POST
    @Path("{eventId}/retry")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Send a parked event again, then the events of its subject behind it")
    public Retried retry(@RestPath UUID eventId) {
        parking.retry(eventId, identity.getPrincipal().getName());
        return new Retried(1);
    }

    @POST
    @Path("retry")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Send every parked event again")
    public Retried retryAll() {
        return new Retried(parking.retryAll(identity.getPrincipal().getName()));
    }
}
