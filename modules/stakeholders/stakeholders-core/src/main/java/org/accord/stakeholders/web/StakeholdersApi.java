package org.accord.stakeholders.web;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.platform.security.Roles;
import org.accord.platform.web.Page;
import org.accord.platform.web.PageParams;
import org.accord.platform.web.Paging;
import org.accord.stakeholders.api.GroupSummary;
import org.accord.stakeholders.internal.app.BalanceRulesAdministration;
import org.accord.stakeholders.internal.app.GroupAssignments;
import org.accord.stakeholders.internal.app.GroupQueries;
import org.accord.stakeholders.internal.app.GroupsAdministration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;

import static org.accord.platform.web.FormResponses.required;

@Path("/api")
@Tag(name = "Stakeholder groups")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StakeholdersApi {

    public record GroupRequest(String code, String name) {
    }

    public record RenameRequest(String name) {
    }

    public record ReasonRequest(String reason) {
    }

    public record MoveRequest(String group, String reason) {
    }

    public record RuleRequest(String kind, Integer thresholdPercent) {
    }

    private final GroupQueries queries;
    private final GroupsAdministration groups;
    private final GroupAssignments assignments;
    private final BalanceRulesAdministration rules;
    private final SecurityIdentity identity;
    private final Paging paging;

    StakeholdersApi(GroupQueries queries, GroupsAdministration groups, GroupAssignments assignments,
            BalanceRulesAdministration rules, SecurityIdentity identity, Paging paging) {
        this.paging = paging;
        this.queries = queries;
        this.groups = groups;
        this.assignments = assignments;
        this.rules = rules;
        this.identity = identity;
    }

    @GET
    @Path("groups")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Stakeholder groups with their member counts, active first, a page at a time")
    public RestResponse<Page<GroupQueries.GroupView>> list(@BeanParam PageParams page) {
        return paging.respond(page, queries.groups(paging.request(page)));
    }

    @POST
    @Path("groups")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a stakeholder group")
    public Response create(GroupRequest request) {
        String code = groups.create(required(request).code(), request.name(), actor());
        return Response.created(URI.create("/api/groups/" + code)).entity(queries.group(code)).build();
    }

    @GET
    @Path("groups/{code}")
    @RolesAllowed(Roles.MEMBER)
    public GroupSummary get(@RestPath String code) {
        return queries.group(code);
    }

    @GET
    @Path("groups/{code}/members")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "The members currently in a group, in name order, a page at a time")
    public RestResponse<Page<GroupQueries.GroupMemberView>> members(@RestPath String code,
            @BeanParam PageParams page) {
        return paging.respond(page, queries.membersOf(code, paging.request(page)));
    }

    @PUT
    @Path("groups/{code}/name")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rename a group")
    public GroupSummary rename(@RestPath String code, RenameRequest request) {
        groups.rename(code, required(request).name(), actor());
        return queries.group(code);
    }

    @POST
    @Path("groups/{code}/retirement")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Retire a group that has no members left; it stays in the history")
    public GroupSummary retire(@RestPath String code, ReasonRequest request) {
        groups.retire(code, required(request).reason(), actor());
        return queries.group(code);
    }

    @PUT
    @Path("group-memberships/{memberId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Move a member to another group")
    public Response move(@RestPath UUID memberId, MoveRequest request) {
        assignments.move(memberId, required(request).group(), request.reason(), actor());
        return Response.noContent().build();
    }

    @GET
    @Path("balance")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Members and voting members per group and side, the rules and the alerts")
    public BalanceReport balance() {
        return BalanceReport.of(queries.balance());
    }

    @POST
    @Path("balance/rules")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a balance rule")
    public BalanceReport addRule(RuleRequest request) {
        rules.add(required(request).kind(), threshold(request.thresholdPercent()));
        return balance();
    }

    @PUT
    @Path("balance/rules/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a balance rule's threshold")
    public BalanceReport changeRule(@RestPath String id, RuleRequest request) {
        rules.changeThreshold(id, threshold(required(request).thresholdPercent()));
        return balance();
    }

    @DELETE
    @Path("balance/rules/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove a balance rule")
    public BalanceReport removeRule(@RestPath String id) {
        rules.remove(id);
        return balance();
    }

    private static int threshold(Integer threshold) {
        if (threshold == null) {
            throw RuleViolation.invalid("thresholdPercent", Text.of("stakeholders.threshold_required"));
        }
        return threshold;
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
