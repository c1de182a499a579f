package org.accord.membership.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.accord.membership.api.MemberStatus;
import org.accord.membership.api.Side;
import org.accord.membership.internal.app.Admission;
import org.accord.membership.internal.app.Admissions;
import org.accord.membership.internal.app.MemberAdministration;
import org.accord.membership.internal.app.MemberProfileView;
import org.accord.membership.internal.app.MemberQueries;
import org.accord.membership.internal.app.MemberView;
import org.accord.membership.internal.app.OwnProfile;
import org.accord.membership.internal.domain.LanguageAndZone;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.platform.security.Roles;
import org.accord.platform.web.FormResponses;
import org.accord.stakeholders.api.GroupSummary;
import org.accord.stakeholders.api.StakeholderGroups;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/** The member directory, profiles, admission and the administrators' changes, as pages. */
@Path("/members")
@Produces(MediaType.TEXT_HTML)
public class MemberPages {

    /** What the directory's filter form currently says, to show it back. */
    public record DirectoryQuery(String q, String side, String group, String role, String status,
            String votingRights) {
    }

    /** What the admission form said, to show it back with the errors. */
    public record AdmissionForm(String email, String fullName, String affiliation, String side,
            String stakeholderGroup, List<String> roles, boolean votingRights, String reason) {

        static AdmissionForm empty() {
            return new AdmissionForm("", "", "", "", "", List.of(Roles.MEMBER), true, "");
        }
    }

    /** What the profile form says, to show it back with the errors; a member who chose no zone reads UTC. */
    public record ProfileForm(String fullName, String affiliation, String language, String timeZone) {

        static ProfileForm of(MemberView member) {
            return new ProfileForm(member.fullName(), member.affiliation(), member.language(),
                    member.timeZone() == null ? "UTC" : member.timeZone());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance directory(List<MemberView> members, DirectoryQuery query,
                List<GroupSummary> groups, List<String> roles, List<Side> sides, List<MemberStatus> statuses,
                boolean admin);

        static native TemplateInstance profile(MemberProfileView profile, List<String> roles, boolean admin,
                boolean self, Map<String, String> errors);

        static native TemplateInstance admit(AdmissionForm form, Map<String, String> errors,
                List<GroupSummary> groups, List<String> roles, List<Side> sides);

        static native TemplateInstance editProfile(ProfileForm form, Map<String, String> errors,
                String declaration, List<String> languages, List<String> timeZones);
    }

    private final MemberQueries queries;
    private final Admissions admissions;
    private final MemberAdministration administration;
    private final OwnProfile ownProfile;
    private final StakeholderGroups groups;
    private final SecurityIdentity identity;

    MemberPages(MemberQueries queries, Admissions admissions, MemberAdministration administration,
            OwnProfile ownProfile, StakeholderGroups groups, SecurityIdentity identity) {
        this.queries = queries;
        this.admissions = admissions;
        this.administration = administration;
        this.ownProfile = ownProfile;
        this.groups = groups;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.MEMBER)
    public TemplateInstance directory(@RestQuery String q, @RestQuery String side, @RestQuery String group,
            @RestQuery String role, @RestQuery String status, @RestQuery String votingRights) {
        Boolean voting = votingRights == null || votingRights.isBlank() ? null : Boolean.valueOf(votingRights);
        var query = new DirectoryQuery(q, side, group, role, status, votingRights);
        return Templates.directory(queries.search(DirectoryFilters.parse(q, side, group, role, status, voting)), query,
                groups.all(), Roles.ALL, List.of(Side.values()), List.of(MemberStatus.values()), isAdmin());
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.MEMBER)
    public TemplateInstance profile(@RestPath UUID id) {
        return profilePage(id, Map.of());
    }

    @GET
    @Path("me")
    @RolesAllowed(Roles.MEMBER)
    public Response me() {
        return Response.seeOther(URI.create("/members/" + myId())).build();
    }

    @GET
    @Path("admit")
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance admitForm() {
        return admitPage(AdmissionForm.empty(), Map.of());
    }

    @POST
    @Path("admit")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response admit(@RestForm String email, @RestForm String fullName, @RestForm String affiliation,
            @RestForm String side, @RestForm String stakeholderGroup, @RestForm List<String> roles,
            @RestForm boolean votingRights, @RestForm String reason) {
        var form = new AdmissionForm(email, fullName, affiliation, side, stakeholderGroup,
                roles == null ? List.of() : roles, votingRights, reason);
        return FormResponses.submit(() -> "/members/" + admissions.admit(new Admission(email, fullName, affiliation,
                side, stakeholderGroup, form.roles(), votingRights, reason), actor()).id(),
                errors -> admitPage(form, errors));
    }

    @POST
    @Path("{id}/roles")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeRoles(@RestPath UUID id, @RestForm List<String> roles, @RestForm String reason) {
        return onProfile(id, () -> administration.changeRoles(id, roles, reason, actor()));
    }

    @POST
    @Path("{id}/voting-rights")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeVotingRights(@RestPath UUID id, @RestForm boolean votingRights, @RestForm String reason) {
        return onProfile(id, () -> administration.changeVotingRights(id, votingRights, reason, actor()));
    }

    @POST
    @Path("{id}/suspension")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response suspend(@RestPath UUID id, @RestForm String reason) {
        return onProfile(id, () -> administration.suspend(id, reason, actor()));
    }

    @POST
    @Path("{id}/reinstatement")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reinstate(@RestPath UUID id, @RestForm String reason) {
        return onProfile(id, () -> administration.reinstate(id, reason, actor()));
    }

    @POST
    @Path("{id}/departure")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordDeparture(@RestPath UUID id, @RestForm String reason) {
        return onProfile(id, () -> administration.recordDeparture(id, reason, actor()));
    }

    @GET
    @Path("me/edit")
    @RolesAllowed(Roles.MEMBER)
    public TemplateInstance editProfileForm() {
        return editProfilePage(ProfileForm.of(queries.profile(myId()).member()), Map.of(), "");
    }

    @POST
    @Path("me/edit")
    @RolesAllowed(Roles.MEMBER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response editProfile(@RestForm String fullName, @RestForm String affiliation, @RestForm String language,
            @RestForm String timeZone) {
        UUID me = myId();
        return FormResponses.submit(() -> ownProfile.update(actor(), fullName, affiliation, language, timeZone),
                "/members/" + me,
                errors -> editProfilePage(new ProfileForm(fullName, affiliation, language, timeZone), errors, ""));
    }

    @POST
    @Path("me/conflicts-of-interest")
    @RolesAllowed(Roles.MEMBER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declare(@RestForm String declaration) {
        UUID me = myId();
        return FormResponses.submit(() -> ownProfile.declareConflictOfInterest(actor(), declaration),
                "/members/" + me,
                errors -> editProfilePage(ProfileForm.of(queries.profile(me).member()), errors, declaration));
    }

    private Response onProfile(UUID id, Runnable change) {
        return FormResponses.submit(change, "/members/" + id, errors -> profilePage(id, errors));
    }

    private TemplateInstance profilePage(UUID id, Map<String, String> errors) {
        MemberProfileView profile = queries.profile(id);
        boolean self = profile.member().username().equals(actor());
        return Templates.profile(profile, Roles.ALL, isAdmin(), self, errors);
    }

    private static TemplateInstance editProfilePage(ProfileForm form, Map<String, String> errors,
            String declaration) {
        return Templates.editProfile(form, errors, declaration, LanguageAndZone.LANGUAGES,
                LanguageAndZone.timeZones());
    }

    private TemplateInstance admitPage(AdmissionForm form, Map<String, String> errors) {
        return Templates.admit(form, errors, groups.all().stream().filter(GroupSummary::active).toList(), Roles.ALL,
                List.of(Side.values()));
    }

    private UUID myId() {
        return queries.memberIdOf(actor())
                .orElseThrow(() -> RuleViolation.notFound(Text.of("membership.not_a_member")));
    }

    private boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
