package org.accord.membership.web;

import java.net.URI;
import java.util.List;
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

import org.accord.membership.internal.app.AccountsInStep;
import org.accord.membership.internal.app.Admission;
import org.accord.membership.internal.app.Admissions;
import org.accord.membership.internal.app.MemberAdministration;
import org.accord.membership.internal.app.MemberProfileView;
import org.accord.membership.internal.app.MemberQueries;
import org.accord.membership.internal.app.MemberView;
import org.accord.membership.internal.app.OwnProfile;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.platform.security.Roles;
import org.accord.platform.web.Page;
import org.accord.platform.web.PageParams;
import org.accord.platform.web.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;

import static org.accord.platform.web.FormResponses.required;

@Path("/api/members")
@Tag(name = "Members")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembersApi {

    public record AdmissionRequest(String email, String fullName, String affiliation, String side,
            String stakeholderGroup, List<String> roles, Boolean votingRights, String reason) {
    }

    public record RolesRequest(List<String> roles, String reason) {
    }

    public record VotingRightsRequest(Boolean votingRights, String reason) {
    }

    public record ReasonRequest(String reason) {
    }

    /**
     * {@code language} ({@code en}, {@code fr}, {@code de}) and {@code timeZone} (an IANA id) are optional: left out,
     * they keep their value; empty, they clear it (the browser's language, UTC).
     */
    public record ProfileRequest(String fullName, String affiliation, String language, String timeZone) {
    }

    public record DeclarationRequest(String text) {
    }

    private final MemberQueries queries;
    private final Admissions admissions;
    private final MemberAdministration administration;
    private final OwnProfile ownProfile;
    private final AccountsInStep accounts;
    private final SecurityIdentity identity;
    private final Paging paging;

    MembersApi(MemberQueries queries, Admissions admissions, MemberAdministration administration,
            OwnProfile ownProfile, AccountsInStep accounts, SecurityIdentity identity, Paging paging) {
        this.paging = paging;
        this.queries = queries;
        this.admissions = admissions;
        this.administration = administration;
        this.ownProfile = ownProfile;
        this.accounts = accounts;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "The member directory, filtered, in name order, a page at a time")
    public RestResponse<Page<MemberView>> list(@RestQuery String q, @RestQuery String side, @RestQuery String group,
            @RestQuery String role, @RestQuery String status, @RestQuery Boolean votingRights,
            @BeanParam PageParams page) {
        return paging.respond(page, queries.search(DirectoryFilters.parse(q, side, group, role, status, votingRights),
                paging.request(page)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "A member's profile, declarations and history")
    public MemberProfileView get(@RestPath UUID id) {
        return queries.profile(id);
    }

    @GET
    @Path("me")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "The caller's own member profile")
    public MemberProfileView me() {
        return queries.profile(myId());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Admit a member: creates their account, or links an existing one whose email is verified,"
            + " and publishes MemberAdmitted; the account gets its roles once the admission is stored")
    public Response admit(AdmissionRequest request) {
        AdmissionRequest body = required(request);
        var member = admissions.admit(new Admission(body.email(), body.fullName(), body.affiliation(), body.side(),
                body.stakeholderGroup(), body.roles(), Boolean.TRUE.equals(body.votingRights()), body.reason()),
                actor());
        return Response.created(URI.create("/api/members/" + member.id())).entity(queries.profile(member.id()))
                .build();
    }

    @PUT
    @Path("{id}/roles")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace a member's roles (member is always kept)")
    public MemberProfileView changeRoles(@RestPath UUID id, RolesRequest request) {
        administration.changeRoles(id, required(request).roles(), request.reason(), actor());
        return queries.profile(id);
    }

    @PUT
    @Path("{id}/voting-rights")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Grant or withdraw a member's voting rights")
    public MemberProfileView changeVotingRights(@RestPath UUID id, VotingRightsRequest request) {
        if (required(request).votingRights() == null) {
            throw RuleViolation.invalid("votingRights", Text.of("membership.voting_rights_required"));
        }
        administration.changeVotingRights(id, request.votingRights(), request.reason(), actor());
        return queries.profile(id);
    }

    @POST
    @Path("{id}/suspension")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Suspend a member: they can no longer sign in")
    public MemberProfileView suspend(@RestPath UUID id, ReasonRequest request) {
        administration.suspend(id, required(request).reason(), actor());
        return queries.profile(id);
    }

    @POST
    @Path("{id}/reinstatement")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Reinstate a suspended member")
    public MemberProfileView reinstate(@RestPath UUID id, ReasonRequest request) {
        administration.reinstate(id, required(request).reason(), actor());
        return queries.profile(id);
    }

    @POST
    @Path("{id}/departure")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record that a member left the working group")
    public MemberProfileView recordDeparture(@RestPath UUID id, ReasonRequest request) {
        administration.recordDeparture(id, required(request).reason(), actor());
        return queries.profile(id);
    }

    @POST
    @Path("accounts/reconciliation")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Bring every member's account in the identity provider in step with membership (roles,"
            + " enabled); idempotent, 503 while the identity provider cannot be reached")
    public AccountsInStep.Reconciliation reconcileAccounts() {
        return accounts.reconcile();
    }

    @PUT
    @Path("me/profile")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Change your own name, affiliation, and the language (en, fr, de) and IANA time zone you read"
            + " Accord in; a language or time zone left out is kept, an empty one is cleared")
    public MemberProfileView updateProfile(ProfileRequest request) {
        ownProfile.update(actor(), required(request).fullName(), request.affiliation(), request.language(),
                request.timeZone());
        return queries.profile(myId());
    }

    @POST
    @Path("me/conflicts-of-interest")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Declare a conflict of interest")
    public MemberProfileView declare(DeclarationRequest request) {
        ownProfile.declareConflictOfInterest(actor(), required(request).text());
        return queries.profile(myId());
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private UUID myId() {
        return queries.memberIdOf(actor())
                .orElseThrow(() -> RuleViolation.notFound(Text.of("membership.not_a_member")));
    }
}
