package org.accord.app.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.accord.app.review.Reviewing;
import org.accord.drafting.internal.app.ClauseEditing;
import org.accord.drafting.internal.app.StandardsAdministration;
import org.accord.drafting.internal.app.VersionPublishing;
import org.accord.drafting.internal.domain.ClauseKind;
import org.accord.membership.internal.app.Admission;
import org.accord.membership.internal.app.Admissions;
import org.accord.review.internal.app.Actor;
import org.accord.review.internal.app.CommentImport;
import org.accord.review.internal.app.Disposing;
import org.accord.review.internal.app.RoundAdministration;
import org.accord.review.internal.app.RoundQueries;
import org.accord.review.internal.sheets.CommentSheets;
import org.accord.review.internal.sheets.SheetFormat;
import org.accord.review.internal.sheets.SheetHeading;
import org.accord.review.internal.sheets.SheetRow;
import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * `make bench BENCH=review`: a closed round of 2,000 comments on a 1,000-clause version, a few hundred of them
 * disposed. The round page and the disposition-of-comments report against the standard page of the same 1,000 clauses;
 * the DOCX and XLSX exports against the HTML report; importing the round's 2,000 comments as XLSX into a fresh round.
 */
@Tag("review")
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class ReviewBenchmark {

    private static final String EDITOR_NAME = "rhea.bench@example.org";
    private static final org.accord.drafting.internal.app.Actor EDITOR = new org.accord.drafting.internal.app.Actor(
            EDITOR_NAME, Set.of("member", "editor"));
    private static final Actor MODERATOR = new Actor("mo", Set.of("member", "moderator"));
    private static final int CLAUSES = 1_000;
    private static final int COMMENTS = 2_000;
    private static final int MEMBERS = 36;
    private static final int DISPOSITIONS = 300;
    private static final int DISPOSED = DISPOSITIONS * 4 / 3;
    private static final int RESPONSES = 60;
    private static final int ROUNDS = 10;
    private static final int IMPORTS = 3;
    private static final List<String> SIDES = List.of("EU", "US");
    private static final List<String> GROUPS = List.of("INDUSTRY", "ACADEMIA", "CIVIL_SOCIETY");
    private static final String PARAGRAPH = "Developers shall publish the **weights** and the code used to train"
            + " them under an open licence, together with a description of the training data detailed enough for a"
            + " skilled person to build a substantially equivalent dataset. Where data cannot be shared, the reason"
            + " shall be stated.";
    private static final List<String> TEXTS = List.of(
            "The requirement to publish **the weights** does not say *when*. Developers need a date they can plan"
                    + " for; without one the clause cannot be audited, and a release could be postponed forever.",
            "\"Substantially equivalent\" is not a test a third party can apply. As written the clause invites"
                    + " disputes:\n\n- who judges equivalence?\n- against which benchmark?\n- with what margin?",
            "Editorial: the sentence runs on. Split it after \"licence\" and use the term *training data* as"
                    + " defined in the terms clause rather than \"the data used\".",
            "We support the clause, but the reason for withholding data should be recorded in the model card,"
                    + " with `dataset` identifiers where they exist, so that users can weigh it.",
            "Small developers cannot meet this within the same release cycle. Consider a grace period, or a lighter"
                    + " duty for models trained with less than a set amount of compute.",
            "The note contradicts the requirement above it: one says *shall*, the other *should*. Keep **shall**"
                    + " and move the note's example into an informative annex.");
    private static final List<String> CHANGES = List.of(
            "Add: \"within 30 days of the model's first release\".",
            "Replace \"substantially equivalent\" with \"scoring within 5% of the original on the benchmarks the"
                    + " developer reported\".",
            "Split the sentence; see the terms clause.",
            "Add a sentence: \"The reason shall be given in the model card.\"");
    private static final List<String> ELEMENTS = List.of("", "", "Paragraph 1", "Paragraph 2", "Note 1", "Table 1");

    @Inject
    StandardsAdministration standards;
    @Inject
    ClauseEditing editing;
    @Inject
    VersionPublishing versions;
    @Inject
    Admissions admissions;
    @Inject
    Reviewing reviewing;
    @Inject
    RoundAdministration rounds;
    @Inject
    RoundQueries queries;
    @Inject
    CommentImport imports;
    @Inject
    Disposing disposing;

    @Test
    @TestSecurity(user = EDITOR_NAME, roles = {"member", "editor"})
    void roundPageAndReport_againstTheStandardPage_exportsAgainstTheReport() throws Exception {
        reviewing.member(EDITOR_NAME, "EU", "INDUSTRY", true);
        List<String> members = members();
        UUID standard = generate();
        UUID version = published(standard);
        UUID round = reviewing.round(version, true);
        comment(round, version, members);
        rounds.close(round, "The round's time is over", MODERATOR.username());
        dispose(round);
        given().when().get("/api/rounds/" + round).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("counts.standing", equalTo(COMMENTS))
                .body("counts.awaitingDisposition", equalTo(COMMENTS - DISPOSED))
                .body("counts.objections", equalTo(RESPONSES / 4));
        // The imports go to rounds on a copy of the version, so that the standard measured keeps its one round.
        UUID copy = published(generate());
        byte[] xlsx = given().when().get("/api/rounds/" + round + "/report?format=xlsx").then().statusCode(200)
                .extract().asByteArray();
        quiet();

        String standardPage = "/standards/" + standard;
        String roundPage = "/rounds/" + round;
        String reportPage = roundPage + "/report";
        String export = "/api/rounds/" + round + "/report?format=";
        Trials trials = new Trials();
        for (int run : Trials.runs()) {
            trials.add("standard", series(() -> get(standardPage)));
            trials.add("round", series(() -> get(roundPage)));
            trials.add("report", series(() -> get(reportPage)));
            trials.add("docx", series(() -> get(export + "docx")));
            trials.add("xlsx", series(() -> get(export + "xlsx")));
            trials.add("import", imports(copy, xlsx));
        }

        BenchReport report = new BenchReport("review", "Review benchmark", """
                A closed comment round of %,d comments on a version of %,d generated clauses (sections of ten clauses,
                one paragraph of Markdown each), from %d members of both sides and three stakeholder groups, spread
                over the clauses (a tenth on the whole document), each a few lines of Markdown, half with a proposed
                change; %d dispositions answer %,d of them, and %d commenters said whether theirs satisfied them. In the
                test's application (one client, no concurrent load), viewed by an editor of the standard. Round page =
                GET `/rounds/{id}`; report = GET `/rounds/{id}/report`, the disposition-of-comments report in HTML;
                DOCX and XLSX = GET `/api/rounds/{id}/report?format=…`; import = POST of the round's XLSX report (%,d
                rows) to `/api/rounds/{id}/import` of a fresh open round on a copy of the version. Each run takes %d
                requests of each page and export and %d imports. Ceilings: the standard page of the same %,d clauses
                (GET `/standards/{id}`, which also lists the round and its comment counts) for the pages, the HTML
                report for the exports.
                """.formatted(COMMENTS, CLAUSES, MEMBERS, DISPOSITIONS, DISPOSED, RESPONSES, COMMENTS,
                ROUNDS, IMPORTS, CLAUSES));
        String of = " (%,d comments)".formatted(COMMENTS);
        Trials.Figure standardFigure = trials.figure("standard");
        Trials.Figure reportFigure = trials.figure("report");
        report.add("standard page (%,d clauses) (ceiling)".formatted(CLAUSES), "ms", standardFigure);
        report.add("round page" + of, "ms", trials.figure("round")).against("standard page", standardFigure)
                .goal(BenchReport.Goal.atMost("ratio", 2, "#10")).goal(BenchReport.Goal.atMost("p99Ratio", 2, "#10"));
        report.add("disposition report, HTML" + of, "ms", reportFigure).against("standard page", standardFigure)
                .goal(BenchReport.Goal.atMost("ratio", 2, "#10")).goal(BenchReport.Goal.atMost("p99Ratio", 2, "#10"));
        report.add("DOCX export" + of, "ms", trials.figure("docx")).against("HTML report", reportFigure)
                .goal(BenchReport.Goal.atMost("ratio", 5, "#10"));
        report.add("XLSX export" + of, "ms", trials.figure("xlsx")).against("HTML report", reportFigure)
                .goal(BenchReport.Goal.atMost("ratio", 5, "#10"));
        report.add("import of a %,d-row XLSX into a fresh round".formatted(COMMENTS), "ms", trials.figure("import"));
        report.write();
    }

    private static Sample series(Runnable action) {
        return Sample.latencies(Latencies.each(ROUNDS, action));
    }

    private static void get(String path) {
        given().when().get(path).then().statusCode(200);
    }

    /** Imports the file into fresh open rounds; only the request is timed, and the outbox is drained after each. */
    private Sample imports(UUID version, byte[] xlsx) {
        double[] millis = new double[IMPORTS];
        for (int i = 0; i < IMPORTS; i++) {
            String address = "/api/rounds/" + reviewing.round(version, true) + "/import";
            millis[i] = Latencies.once(() -> given().contentType(SheetFormat.XLSX.mediaType())
                    .queryParam("fileName", "comments.xlsx").body(xlsx).when().post(address).then().statusCode(200)
                    .body("comments", equalTo(COMMENTS)));
            quiet();
        }
        return Sample.latencies(millis);
    }

    /** Members of both sides and every group, known to review. */
    private List<String> members() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> usernames = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            String side = SIDES.get(i % SIDES.size());
            String group = GROUPS.get(i / SIDES.size() % GROUPS.size());
            String email = "reviewer-%02d-%s@example.org".formatted(i, run);
            admissions.admit(new Admission(email, "Reviewer %d %s %s".formatted(i, side, group), "Somewhere", side,
                    group, List.of(), true, "Review benchmark"), "ada");
            usernames.add(email);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> reviewing.count("select count(*) from review.member m"
                + " join review.member_group g on g.member_id = m.member_id where m.username like '%-" + run
                + "@example.org' and g.group_code is not null") == MEMBERS);
        return usernames;
    }

    /** A standard of {@link #CLAUSES} clauses, in sections of ten. */
    private UUID generate() {
        UUID id = standards.create(EDITOR, "V" + UUID.randomUUID().toString().substring(0, 8), "Review benchmark",
                "Generated", List.of());
        List<ClauseEditing.NewClause> clauses = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        UUID section = null;
        for (int i = 0; i < CLAUSES; i++) {
            UUID clauseId = UUID.randomUUID();
            boolean opensSection = i % 10 == 0;
            clauses.add(new ClauseEditing.NewClause(opensSection ? null : section,
                    opensSection ? ClauseKind.SECTION : ClauseKind.CLAUSE, "Clause " + i, PARAGRAPH));
            ids.add(clauseId);
            if (opensSection) {
                section = clauseId;
            }
        }
        editing.append(EDITOR, id, clauses, ids);
        return id;
    }

    /** Publishes the standard's text; @return the version, once review knows it, its standard and its clauses */
    private UUID published(UUID standard) {
        UUID version = versions.publish(EDITOR, standard);
        await().atMost(Duration.ofSeconds(60)).until(() -> reviewing.count("select count(*) from review.draft_version"
                + " where id = '" + version + "'") == 1 && reviewing.count(
                        "select count(*) from review.standard"
                                + " where id = '" + standard + "'") == 1
                && reviewing.count("select count(*) from"
                        + " review.clause_revision where standard_id = '" + standard + "'") == CLAUSES);
        return version;
    }

    /**
     * {@link #COMMENTS} comments spread over the clauses, a tenth on the whole document; each member imports theirs as
     * one file, through the module's import.
     */
    private void comment(UUID round, UUID version, List<String> members) {
        List<RoundQueries.ClauseChoice> clauses = queries.clauses(version);
        Random random = new Random(10);
        List<List<SheetRow>> files = new ArrayList<>();
        members.forEach(member -> files.add(new ArrayList<>()));
        for (int i = 0; i < COMMENTS; i++) {
            String clause = i % 10 == 9 ? "general" : clauses.get(random.nextInt(clauses.size())).number();
            String text = TEXTS.get(random.nextInt(TEXTS.size()));
            String change = i % 2 == 0 ? CHANGES.get(random.nextInt(CHANGES.size())) : "";
            files.get(i % members.size()).add(new SheetRow(0, "", i % 3 == 0 ? "" : Integer.toString(1 + i % 40),
                    clause, ELEMENTS.get(i % ELEMENTS.size()), List.of("ge", "te", "ed").get(i % 3), text, change,
                    ""));
        }
        for (int m = 0; m < members.size(); m++) {
            byte[] csv = CommentSheets.write(SheetFormat.CSV, new SheetHeading("", "", Locale.ENGLISH), files.get(m));
            imports.importFile(round, "comments.csv", SheetFormat.CSV.mediaType(), csv,
                    new Actor(members.get(m), Set.of("member")), "");
        }
    }

    /**
     * {@link #DISPOSITIONS} dispositions of every decision, every third answering a second comment as a duplicate; then
     * {@link #RESPONSES} commenters answer theirs, a quarter of them objecting.
     */
    private void dispose(UUID round) {
        List<RoundQueries.CommentView> comments = queries.round(round, MODERATOR).comments();
        List<String> decisions = List.of("ACCEPTED", "ACCEPTED_IN_PRINCIPLE", "NOTED", "REJECTED");
        List<RoundQueries.CommentView> disposed = new ArrayList<>();
        for (int k = 0; k < DISPOSITIONS; k++) {
            RoundQueries.CommentView first = comments.get(k * 6);
            List<UUID> answered = new ArrayList<>(List.of(first.id()));
            disposed.add(first);
            if (k % 3 == 0) {
                answered.add(comments.get(k * 6 + 1).id());
                disposed.add(comments.get(k * 6 + 1));
            }
            String decision = decisions.get(k % decisions.size());
            disposing.dispose(round, new Disposing.Answer(answered, decision,
                    "ACCEPTED_IN_PRINCIPLE".equals(decision)
                            ? "The clause now names a *period* instead: see the next draft."
                            : null,
                    "ACCEPTED".equals(decision)
                            ? null
                            : "Discussed at the meeting of **3 March**; the editors " + ("NOTED".equals(decision)
                                    ? "will consider it for the next edition."
                                    : "keep the text, since the clause states a minimum."),
                    List.of()), MODERATOR);
        }
        for (int r = 0; r < RESPONSES; r++) {
            RoundQueries.CommentView comment = disposed.get(r * disposed.size() / RESPONSES);
            boolean satisfied = r % 4 != 0;
            disposing.respond(round, comment.id(), satisfied, satisfied ? "" : "The concern stands: no date is set.",
                    comment.author());
        }
    }

    /** Waits until the events of the set-up or of an import have left the outboxes, so they do not run beside. */
    private void quiet() {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> reviewing.count(
                "select (select count(*) from review.outbox where sent_at is null)"
                        + " + (select count(*) from drafting.outbox where sent_at is null)") == 0);
    }
}
