package org.accord.app.publishing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.app.voting.Electorate;
import org.accord.voting.internal.app.Voting;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Standards taken through the group's process, for tests of what is done with a consensus draft: a new standard with a
 * unique reference, imported from Markdown with every kind of clause, published, moved to committee draft, put to a
 * roll-call ballot under the simple majority, voted on and closed, and moved on by that ballot once drafting has heard
 * of it. Everything goes through the REST API as whoever {@code @TestSecurity} says, who must hold the roles
 * {@code member}, {@code editor} and {@code moderator}; only the votes, cast by members admitted for the purpose, go
 * through the voting use case, since a test signs in as one person.
 */
@ApplicationScoped
public class ConsensusDrafts {

    /**
     * A standard and the draft version that was (or was not) carried. {@code ballotId} is null before a ballot;
     * {@code contentHash} is the version's, which a ballot on it records.
     */
    public record Draft(UUID standardId, String reference, UUID versionId, UUID ballotId, String contentHash) {
    }

    static final String TITLE = "Consensus on open weights";
    static final String MARKDOWN = """
            # Consensus on open weights

            When the weights of a model may be called open.

            ## Scope

            This document applies to models offered to the public as open.

            ## Terms and definitions

            For the purposes of this document, the following terms apply.

            ## Requirements

            ### Openness of weights

            The model weights shall be available under an open licence, at no cost beyond that of distribution.

            #### Note — Licences with use restrictions

            A licence that forbids some fields of use is not an open licence.

            #### Example — A permissive licence

            Weights published under the Apache License 2.0 with a documented file format.

            ### Documentation

            The documentation shall describe the intended uses and *known limitations*.

            ## Annex A Conformance checklist

            ### Checklist

            - Weights published under an open licence
            - Documentation published
            """;
    static final String TERM = "Model weights";

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    private final Electorate electorate;
    private final Voting voting;
    private List<String> voters;

    ConsensusDrafts(Electorate electorate, Voting voting) {
        this.electorate = electorate;
        this.voting = voting;
    }

    /** A standard in consensus draft, carried there by a passed ballot on its CD 1. */
    public Draft consensusDraft() {
        Draft committeeDraft = committeeDraft();
        UUID ballot = closedBallot(committeeDraft.versionId(), List.of("APPROVE", "APPROVE_WITH_COMMENTS",
                "ABSTAIN"), true);
        await().atMost(EVENTUALLY).untilAsserted(() -> standard(committeeDraft.standardId())
                .body("carryingBallots", hasItem(ballot.toString())));
        stageChange(committeeDraft.standardId(), "CONSENSUS_DRAFT", ballot).statusCode(200)
                .body("stage", equalTo("CONSENSUS_DRAFT"));
        return withBallot(committeeDraft, ballot);
    }

    /**
     * A standard in committee draft whose ballot on CD 1 failed, once drafting has heard so: moving it to consensus
     * draft is refused.
     */
    public Draft committeeDraftWithFailedBallot() {
        Draft committeeDraft = committeeDraft();
        UUID ballot = closedBallot(committeeDraft.versionId(), List.of("APPROVE", "DISAPPROVE", "DISAPPROVE"),
                false);
        await().atMost(EVENTUALLY).untilAsserted(() -> stageChange(committeeDraft.standardId(), "CONSENSUS_DRAFT",
                ballot).statusCode(409).body("detail", containsString("did not pass")));
        return withBallot(committeeDraft, ballot);
    }

    /** A standard in working draft with its WD 1 published, never put to a ballot. */
    public Draft publishedWorkingDraft() {
        String reference = "CONS " + UUID.randomUUID().toString().substring(0, 8);
        UUID standard = UUID.fromString(given().contentType(ContentType.JSON)
                .body(Map.of("reference", reference, "title", TITLE, "markdown", MARKDOWN)).when()
                .post("/api/standards/import").then().statusCode(201).extract().path("id"));
        String terms = standard(standard).extract().path("clauses.find { it.heading == 'Terms and definitions' }.id");
        given().contentType(ContentType.JSON).body(Map.of("parentId", terms, "kind", "TERM", "heading", TERM, "text",
                "The learned parameters of a trained model, as loaded for inference or further training.")).when()
                .post("/api/standards/" + standard + "/clauses").then().statusCode(201);
        return published(standard, reference);
    }

    private Draft committeeDraft() {
        Draft workingDraft = publishedWorkingDraft();
        stageChange(workingDraft.standardId(), "COMMITTEE_DRAFT", null).statusCode(200);
        return published(workingDraft.standardId(), workingDraft.reference());
    }

    /**
     * Opens the ballot once voting has heard of the version, after the voters exist, since a ballot's electorate is
     * fixed when it opens; they vote in the order of {@code positions}.
     */
    private UUID closedBallot(UUID versionId, List<String> positions, boolean passes) {
        List<String> electorate = voters();
        Map<String, Object> opening = Map.of("draftVersionId", versionId.toString(), "rule",
                Map.of("preset", "SIMPLE_MAJORITY"), "closesAt", Instant.now().plus(Duration.ofDays(7)).toString(),
                "secret", false);
        UUID ballot = await().atMost(EVENTUALLY).until(() -> {
            var opened = given().contentType(ContentType.JSON).body(opening).when().post("/api/ballots").then()
                    .extract();
            return opened.statusCode() == 201 ? UUID.fromString(opened.path("id")) : null;
        }, id -> id != null);
        for (int i = 0; i < positions.size(); i++) {
            String position = positions.get(i);
            voting.cast(ballot, electorate.get(i), position, position.equals("DISAPPROVE")
                    ? "The weights alone do not make a model open."
                    : null);
        }
        given().contentType(ContentType.JSON).body(Map.of("reason", "Every member who meant to vote has voted"))
                .when().post("/api/ballots/" + ballot + "/closure").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("passed", equalTo(passes));
        return ballot;
    }

    private synchronized List<String> voters() {
        if (voters == null) {
            voters = List.of(electorate.voter("US", "INDUSTRY", true), electorate.voter("EU", "ACADEMIA", true),
                    electorate.voter("EU", "CIVIL_SOCIETY", true));
        }
        return voters;
    }

    private static Draft published(UUID standard, String reference) {
        var version = given().contentType(ContentType.JSON).when().post("/api/standards/" + standard + "/versions")
                .then().statusCode(201).extract();
        return new Draft(standard, reference, UUID.fromString(version.path("id")), null,
                version.path("contentHash"));
    }

    private static Draft withBallot(Draft draft, UUID ballot) {
        return new Draft(draft.standardId(), draft.reference(), draft.versionId(), ballot, draft.contentHash());
    }

    private static ValidatableResponse standard(UUID standard) {
        return given().when().get("/api/standards/" + standard).then().statusCode(200);
    }

    private static ValidatableResponse stageChange(UUID standard, String stage, UUID ballot) {
        return given().contentType(ContentType.JSON).body(Map.of("stage", stage, "reason", "The committee decided",
                "ballotId", ballot == null ? "" : ballot.toString())).when()
                .post("/api/standards/" + standard + "/stage").then();
    }
}
