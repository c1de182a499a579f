package org.accord.stakeholders.web;

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

import org.accord.platform.security.Roles;
import org.accord.platform.web.FormResponses;
import org.accord.stakeholders.api.GroupSummary;
import org.accord.stakeholders.internal.app.BalanceRulesAdministration;
import org.accord.stakeholders.internal.app.GroupAssignments;
import org.accord.stakeholders.internal.app.GroupQueries;
import org.accord.stakeholders.internal.app.GroupsAdministration;
import org.accord.stakeholders.internal.domain.BalanceChart;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/** Stakeholder groups, their members and the balance page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StakeholderPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance groups(List<GroupQueries.GroupView> groups, boolean admin,
                Map<String, String> errors);

        static native TemplateInstance group(GroupSummary group, List<GroupQueries.GroupMemberView> members,
                List<GroupSummary> groups, boolean admin, Map<String, String> errors);

        static native TemplateInstance balance(BalanceReport report, RawString chart, boolean admin,
                Map<String, String> errors);
    }

    private final GroupQueries queries;
    private final GroupsAdministration groups;
    private final GroupAssignments assignments;
    private final BalanceRulesAdministration rules;
    private final SecurityIdentity identity;

    StakeholderPages(GroupQueries queries, GroupsAdministration groups, GroupAssignments assignments,
            BalanceRulesAdministration rules, SecurityIdentity identity) {
        this.queries = queries;
        this.groups = groups;
        this.assignments = assignments;
        this.rules = rules;
        this.identity = identity;
    }

    @GET
    @Path("groups")
    @RolesAllowed(Roles.MEMBER)
    public TemplateInstance groupsPage() {
        return groupsPage(Map.of());
    }

    @GET
    @Path("groups/{code}")
    @RolesAllowed(Roles.MEMBER)
    public TemplateInstance groupPage(@RestPath String code) {
        return groupPage(code, Map.of());
    }

    @GET
    @Path("balance")
    @RolesAllowed(Roles.MEMBER)
    public TemplateInstance balancePage() {
        return balancePage(Map.of());
    }

    @POST
    @Path("groups")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String code, @RestForm String name) {
        return FormResponses.submit(() -> groups.create(code, name, actor()), "/groups", errors -> groupsPage(errors));
    }

    @POST
    @Path("groups/{code}/name")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rename(@RestPath String code, @RestForm String name) {
        return FormResponses.submit(() -> groups.rename(code, name, actor()), "/groups", errors -> groupsPage(errors));
    }

    @POST
    @Path("groups/{code}/retirement")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retire(@RestPath String code, @RestForm String reason) {
        return FormResponses.submit(() -> groups.retire(code, reason, actor()), "/groups",
                errors -> groupsPage(errors));
    }

    @POST
    @Path("groups/{code}/moves")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@RestPath String code, @RestForm UUID memberId, @RestForm String group,
            @RestForm String reason) {
        return FormResponses.submit(() -> assignments.move(memberId, group, reason, actor()), "/groups/" + code,
                errors -> groupPage(code, errors));
    }

    @POST
    @Path("balance/rules")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addRule(@RestForm String kind, @RestForm int thresholdPercent) {
        return FormResponses.submit(() -> rules.add(kind, thresholdPercent), "/balance", errors -> balancePage(errors));
    }

    @POST
    @Path("balance/rules/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeRule(@RestPath String id, @RestForm int thresholdPercent) {
        return FormResponses.submit(() -> rules.changeThreshold(id, thresholdPercent), "/balance",
                errors -> balancePage(errors));
    }

    @POST
    @Path("balance/rules/{id}/removal")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeRule(@RestPath String id) {
        return FormResponses.submit(() -> rules.remove(id), "/balance", errors -> balancePage(errors));
    }

    private TemplateInstance groupsPage(Map<String, String> errors) {
        return Templates.groups(queries.groups(), isAdmin(), errors);
    }

    private TemplateInstance groupPage(String code, Map<String, String> errors) {
        return Templates.group(queries.group(code), queries.membersOf(code),
                queries.all().stream().filter(GroupSummary::active).toList(), isAdmin(), errors);
    }

    private TemplateInstance balancePage(Map<String, String> errors) {
        var view = queries.balance();
        return Templates.balance(BalanceReport.of(view), new RawString(BalanceChart.render(view.balance())),
                isAdmin(), errors);
    }

    private boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
