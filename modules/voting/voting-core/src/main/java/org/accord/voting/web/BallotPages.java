package org.accord.voting.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.accord.voting.internal.app.BallotAdministration;
import org.accord.voting.internal.app.BallotQueries;
import org.accord.voting.internal.app.RuleSpec;
import org.accord.voting.internal.app.Voting;
import org.accord.voting.internal.app.VotingConfig;
import org.accord.voting.internal.domain.Rule;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/** Ballots in the browser; an open ballot's standing, turnout and votes follow its live updates. */
@Path("/ballots")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.MEMBER)
public class BallotPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<BallotQueries.BallotSummary> ballots,
                List<BallotQueries.BallotSummary> mine, List<BallotQueries.VersionChoice> versions,
                List<String> presets, boolean moderator, Map<String, String> errors);

        static native TemplateInstance ballot(BallotQueries.BallotView ballot, boolean moderator, int minCell,
                Map<String, String> errors);
    }

    private static final Set<String> VOTE_FIELDS = Set.of("position", "reason");
    private static final String CLOSURE = "closure";
    private static final String CANCELLATION = "cancellation";

    private final BallotQueries queries;
    private final BallotAdministration administration;
    private final Voting voting;
    private final SecurityIdentity identity;
    private final VotingConfig config;

    BallotPages(BallotQueries queries, BallotAdministration administration, Voting voting,
            SecurityIdentity identity, VotingConfig config) {
        this.config = config;
        this.queries = queries;
        this.administration = administration;
        this.voting = voting;
        this.identity = identity;
    }

    @GET
    public TemplateInstance list() {
        return listPage(Map.of());
    }

    @GET
    @Path("{id}")
    public TemplateInstance ballot(@RestPath UUID id) {
        return ballotPage(id, Map.of());
    }

    @POST
    @RolesAllowed(Roles.MODERATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@RestForm String title, @RestForm String draftVersionId, @RestForm String question,
            @RestForm String preset, @RestForm String closesAt, @RestForm boolean secret,
            @RestForm String instructions) {
        return FormResponses.submit(() -> "/ballots/" + administration.open(new BallotAdministration.Opening(title,
                FormResponses.id("draftVersionId", draftVersionId), question,
                new RuleSpec(preset, null, null, null, null, null, null), null,
                FormResponses.moment("closesAt", closesAt),
                secret, instructions),
                username()), this::listPage);
    }

    @POST
    @Path("{id}/vote")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response vote(@RestPath UUID id, @RestForm String position, @RestForm String reason) {
        return FormResponses.submit(() -> voting.cast(id, username(), position, reason), "/ballots/" + id,
                errors -> ballotPage(id, voteErrors(errors)));
    }

    @POST
    @Path("{id}/closure")
    @RolesAllowed(Roles.MODERATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@RestPath UUID id, @RestForm String reason) {
        return FormResponses.submit(() -> administration.close(id, reason, username()), "/ballots/" + id,
                errors -> ballotPage(id, Map.of(CLOSURE, only(errors))));
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed(Roles.MODERATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@RestPath UUID id, @RestForm String reason) {
        return FormResponses.submit(() -> administration.cancel(id, reason, username()), "/ballots/" + id,
                errors -> ballotPage(id, Map.of(CANCELLATION, only(errors))));
    }

    private TemplateInstance listPage(Map<String, String> errors) {
        return Templates.list(queries.list(), queries.awaitingMyVote(username()), queries.draftVersions(),
                Rule.presetKeys(), identity.hasRole(Roles.MODERATOR), errors);
    }

    private TemplateInstance ballotPage(UUID id, Map<String, String> errors) {
        return Templates.ballot(queries.ballot(id, username()), identity.hasRole(Roles.MODERATOR),
                config.secretMinCell(), errors);
    }

    /** A refused vote's message goes next to its field on the vote form, or above the page when it is no field's. */
    private static Map<String, String> voteErrors(Map<String, String> errors) {
        Map<String, String> placed = new HashMap<>();
        errors.forEach((field, message) -> placed.put(VOTE_FIELDS.contains(field) ? field : FormResponses.GENERAL,
                message));
        return placed;
    }

    /** The one message of a refused close or cancellation, shown next to that form's reason. */
    private static String only(Map<String, String> errors) {
        return errors.values().iterator().next();
    }

    private String username() {
        return identity.getPrincipal().getName();
    }
}
