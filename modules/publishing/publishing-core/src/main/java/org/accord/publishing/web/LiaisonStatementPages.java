package org.accord.publishing.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.platform.security.Roles;
import org.accord.platform.web.FormResponses;
import org.accord.publishing.internal.app.LiaisonQueries;
import org.accord.publishing.internal.app.LiaisonRecording;
import org.accord.publishing.internal.domain.ReplyDeadlines;
import org.accord.publishing.internal.persistence.LiaisonRows;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Liaison statements in the browser: every member reads them; liaisons and administrators record them. */
@Path("/exports/statements")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.MEMBER)
public class LiaisonStatementPages {

    /** What was typed into the statement form, shown again when it is refused. */
    public record StatementForm(String addressee, String subject, String body, String replyDue,
            List<String> bundleIds) {

        static final StatementForm EMPTY = new StatementForm("", "", "", "", List.of());

        public boolean chosen(UUID bundleId) {
            return bundleIds.contains(bundleId.toString());
        }
    }

    /** What was typed into the reply form, shown again when it is refused. */
    public record ReplyForm(String receivedOn, String summary, String body) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<LiaisonQueries.StatementSummary> statements,
                List<LiaisonRows.BundleLink> bundles, List<String> addressees, boolean mayRecord,
                StatementForm form, Map<String, String> errors);

        static native TemplateInstance statement(LiaisonQueries.StatementView statement, boolean mayRecord,
                ReplyForm form, Map<String, String> errors);
    }

    private final LiaisonQueries queries;
    private final LiaisonRecording recording;
    private final Viewers viewers;

    LiaisonStatementPages(LiaisonQueries queries, LiaisonRecording recording, Viewers viewers) {
        this.queries = queries;
        this.recording = recording;
        this.viewers = viewers;
    }

    @GET
    public TemplateInstance list() {
        return listPage(StatementForm.EMPTY, Map.of());
    }

    @POST
    @RolesAllowed({Roles.LIAISON, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@RestForm String addressee, @RestForm String subject, @RestForm String body,
            @RestForm List<String> bundleIds, @RestForm String replyDue) {
        StatementForm form = new StatementForm(addressee, subject, body, replyDue, bundleIds);
        return FormResponses.submit(() -> "/exports/statements/" + recording.send(new LiaisonRecording.Statement(
                addressee, subject, body, bundleIds.stream().map(id -> FormResponses.id("bundleIds", id)).toList(),
                date("replyDue", replyDue)), viewers.username()), errors -> listPage(form, errors));
    }

    @GET
    @Path("{id}")
    public TemplateInstance statement(@RestPath UUID id) {
        return statementPage(id, new ReplyForm(ReplyDeadlines.today().toString(), "", ""), Map.of());
    }

    @POST
    @Path("{id}/replies")
    @RolesAllowed({Roles.LIAISON, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reply(@RestPath UUID id, @RestForm String receivedOn, @RestForm String summary,
            @RestForm String body) {
        ReplyForm form = new ReplyForm(receivedOn, summary, body);
        return FormResponses.submit(() -> "/exports/statements/" + id + "#reply-" + recording.recordReply(id,
                new LiaisonRecording.Reply(date("receivedOn", receivedOn), summary, body),
                viewers.username()), errors -> statementPage(id, form, errors));
    }

    private TemplateInstance listPage(StatementForm form, Map<String, String> errors) {
        boolean mayRecord = mayRecord();
        return Templates.list(queries.list(), mayRecord ? queries.bundleChoices() : List.of(),
                mayRecord ? queries.addressees() : List.of(), mayRecord, form, errors);
    }

    private TemplateInstance statementPage(UUID id, ReplyForm form, Map<String, String> errors) {
        return Templates.statement(queries.statement(id), mayRecord(), form, errors);
    }

    private boolean mayRecord() {
        return viewers.actor().liaison();
    }

    /** A day typed into a form's date field: null when left empty, refused in place when it is not a date. */
    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid(field, Text.of("publishing.not_a_date", value));
        }
    }
}
