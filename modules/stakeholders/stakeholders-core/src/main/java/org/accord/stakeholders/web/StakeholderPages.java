package org.accord.stakeholders.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

import org.accord.platform.i18n.RequestLanguage;
import org.accord.platform.security.Roles;
import org.accord.platform.web.FormResponses;
import org.accord.stakeholders.internal.app.BalanceRulesAdministration;
import org.accord.stakeholders.internal.app.GroupAssignments;
import org.accord.stakeholders.internal.app.GroupQueries;
import org.accord.stakeholders.internal.app.GroupsAdministration;
import org.accord.stakeholders.internal.domain.BalanceChart;
import org.accord.stakeholders.internal.domain.BalanceRule;
import org.accord.stakeholders.internal.domain.BalanceWords;
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

        static native TemplateInstance group(GroupQueries.GroupView group,
                List<GroupQueries.GroupMemberView> members, List<GroupQueries.GroupView> groups, boolean admin,
                Map<String, String> errors);

        static native TemplateInstance balance(BalanceReport report, RawString chart, BalanceWords words,
                Integer groupLimit, boolean admin, Map<String, String> errors);
    }

    private final GroupQueries queries;
    private final GroupsAdministration groups;
    private final GroupAssignments assignments;
    private final BalanceRulesAdministration rules;
    private final SecurityIdentity identity;
    private final RequestLanguage language;

    StakeholderPages(GroupQueries queries, GroupsAdministration groups, GroupAssignments assignments,
            BalanceRulesAdministration rules, SecurityIdentity identity, RequestLanguage language) {
        this.queries = queries;
        this.groups = groups;
        this.assignments = assignments;
        this.rules = rules;
        this.identity = identity;
        this.language = language;
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
        return FormResponses.submit(() -> groups.rename(code, name, actor()), "/groups",
                errors -> groupsPage(general(errors)));
    }

    @POST
    @Path("groups/{code}/retirement")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retire(@RestPath String code, @RestForm String reason) {
        return FormResponses.submit(() -> groups.retire(code, reason, actor()), "/groups",
                errors -> groupsPage(general(errors)));
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
        return Templates.groups(inReadersOrder(queries.groups()), isAdmin(), errors);
    }

    private TemplateInstance groupPage(String code, Map<String, String> errors) {
        return Templates.group(queries.groupView(code), queries.membersOf(code),
                inReadersOrder(queries.groups()).stream().filter(GroupQueries.GroupView::active).toList(), isAdmin(),
                errors);
    }

    /** Active groups first, each in the alphabetical order of the names the reader sees. */
    private List<GroupQueries.GroupView> inReadersOrder(List<GroupQueries.GroupView> groups) {
        Locale locale = language.locale();
        Comparator<GroupQueries.GroupView> activeFirst = Comparator.comparing(group -> !group.active());
        return groups.stream()
                .sorted(activeFirst.thenComparing(group -> group.label().in(locale), Collator.getInstance(locale)))
                .toList();
    }

    private TemplateInstance balancePage(Map<String, String> errors) {
        var view = queries.balance();
        var words = new BalanceWords(language.locale(), view::groupLabel);
        var limit = view.groupLimit();
        return Templates.balance(BalanceReport.of(view),
                new RawString(BalanceChart.render(view.balance(), words, limit)), words,
                limit.map(BalanceRule::thresholdPercent).orElse(null), isAdmin(), errors);
    }

    /** The groups page has one form per group, so a refusal is shown above the table rather than at a field. */
    private static Map<String, String> general(Map<String, String> errors) {
        return Map.of(FormResponses.GENERAL, String.join(" ", errors.values()));
    }

    private boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
