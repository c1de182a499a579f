package org.accord.app.review;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.accord.review.api.query.ReviewQueries;
import org.accord.review.api.query.ReviewQueries.DispositionReport;
import org.accord.review.internal.app.Actor;
import org.accord.review.internal.app.Commenting;
import org.accord.review.internal.app.Disposing;
import org.accord.review.internal.app.RoundAdministration;
import org.accord.testing.AccordTestStack;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The disposition-of-comments report of a version, as other modules read it through {@link ReviewQueries}. */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class DispositionReportTest {

    private static final String HIDDEN_TEXT = "Call Jane on +1 555 0100";

    @Inject
    Reviewing reviewing;
    @Inject
    Commenting commenting;
    @Inject
    Disposing disposing;
    @Inject
    RoundAdministration rounds;
    @Inject
    ReviewQueries reviewQueries;
    @Inject
    ObjectMapper json;

    @Test
    void aClosedRoundsReport_hasWhatEveryMemberSees_withDispositions_asRecordsAndAsTheTemplate() throws Exception {
        String us = reviewing.member("US", "INDUSTRY", true);
        String eu = reviewing.member("EU", "ACADEMIA", true);
        Reviewing.Draft draft = reviewing.committeeDraft();
        UUID round = reviewing.round(draft.versionId(), false);
        UUID first = commenting.submit(round, new Commenting.Draft("2", 1, "Paragraph 1", "te", "Define *model*",
                "Add a definition"), us);
        UUID duplicate = commenting.submit(round, new Commenting.Draft("2", null, null, "te", "'Model' is undefined",
                null), eu);
        UUID hidden = commenting.submit(round, new Commenting.Draft("general", null, null, "ge", HIDDEN_TEXT, null),
                eu);
        UUID withdrawn = commenting.submit(round, new Commenting.Draft("3", null, null, "ed", "Never mind", null),
                us);
        commenting.withdraw(round, withdrawn, us);
        commenting.hide(round, hidden, "Personal data", Reviewing.MODERATOR);

        DispositionReport.Round whileOpen = reviewQueries.dispositionReport(draft.versionId()).rounds().getFirst();
        assertThat(whileOpen.status()).isEqualTo("OPEN");
        assertThat(whileOpen.comments()).as("kept from view until the round closes").isEmpty();

        rounds.close(round, "Time to answer", Reviewing.MODERATOR);
        disposing.dispose(round, new Disposing.Answer(List.of(first, duplicate), "ACCEPTED_IN_PRINCIPLE",
                "Defined in clause 2", "Both asked for it", List.of()), new Actor("eli", Set.of("member", "editor")));
        disposing.respond(round, first, false, "Still vague", us);

        DispositionReport report = reviewQueries.dispositionReport(draft.versionId());
        assertThat(report.draftVersionId()).isEqualTo(draft.versionId());
        assertThat(report.rounds()).hasSize(1);
        DispositionReport.Round closed = report.rounds().getFirst();
        assertThat(closed.roundId()).isEqualTo(round);
        assertThat(closed.title()).isEqualTo("Comments on the draft");
        assertThat(closed.status()).isEqualTo("CLOSED");
        assertThat(closed.openedAt()).isNotNull();
        assertThat(closed.closedAt()).isNotNull();
        assertThat(closed.comments()).extracting(DispositionReport.Comment::reference)
                .containsExactly("#1", "#2", "#3");

        DispositionReport.Comment answered = closed.comments().getFirst();
        assertThat(answered.commentId()).isEqualTo(first);
        assertThat(answered.clauseId()).isEqualTo(draft.clauses().get(1));
        assertThat(answered.clauseNumber()).isEqualTo("2");
        assertThat(answered.lineNumber()).isEqualTo(1);
        assertThat(answered.element()).isEqualTo("Paragraph 1");
        assertThat(answered.type()).isEqualTo("te");
        assertThat(answered.authorName()).isEqualTo("Reviewer US INDUSTRY");
        assertThat(answered.side()).isEqualTo("US");
        assertThat(answered.group()).isEqualTo("INDUSTRY");
        assertThat(answered.text()).isEqualTo("Define *model*");
        assertThat(answered.proposedChange()).isEqualTo("Add a definition");
        assertThat(answered.tombstone()).isNull();
        assertThat(answered.disposition().decision()).isEqualTo("ACCEPTED_IN_PRINCIPLE");
        assertThat(answered.disposition().modification()).isEqualTo("Defined in clause 2");
        assertThat(answered.disposition().observations()).isEqualTo("Both asked for it");
        assertThat(answered.disposition().decidedBy()).isEqualTo("eli");
        assertThat(answered.disposition().decidedAt()).isNotNull();
        assertThat(answered.disposition().answers()).containsExactly("#1", "#2");
        assertThat(answered.response().satisfied()).isFalse();
        assertThat(answered.response().reason()).isEqualTo("Still vague");
        assertThat(closed.comments().get(1).disposition().dispositionId())
                .isEqualTo(answered.disposition().dispositionId());

        DispositionReport.Comment tombstone = closed.comments().get(2);
        assertThat(tombstone.clauseId()).isNull();
        assertThat(tombstone.clauseNumber()).isNull();
        assertThat(tombstone.text()).isNull();
        assertThat(tombstone.proposedChange()).isNull();
        assertThat(tombstone.tombstone().reason()).isEqualTo("Personal data");
        assertThat(tombstone.tombstone().hiddenAt()).isNotNull();
        assertThat(tombstone.disposition()).isNull();

        String asJson = json.writeValueAsString(report);
        assertThat(asJson).contains("\"reference\":\"#1\"", "\"decision\":\"ACCEPTED_IN_PRINCIPLE\"")
                .doesNotContain("555 0100", "Never mind");

        try (var document = new XWPFDocument(new ByteArrayInputStream(
                reviewQueries.dispositionSheet(draft.versionId())))) {
            List<String> heading = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(heading.get(0)).startsWith("Disposition of comments: R").endsWith(" CD 1");
            assertThat(heading.get(1)).startsWith("Comments on the draft (closed ").endsWith(" · 3 comments");
            XWPFTable table = document.getTables().getFirst();
            assertThat(table.getNumberOfRows()).isEqualTo(4);
            assertThat(cells(table, 1)).containsExactly("US · Industry", "1", "2", "Paragraph 1", "te",
                    "Define *model*", "Add a definition",
                    "Accepted in principle.\nModification: Defined in clause 2\nBoth asked for it");
            assertThat(cells(table, 2).get(5)).isEqualTo("'Model' is undefined");
            assertThat(cells(table, 3).get(2)).isEqualTo("general");
            assertThat(cells(table, 3).get(5)).startsWith("Hidden by a moderator on ").endsWith(": Personal data");
            assertThat(String.join("|", heading) + table.getText()).doesNotContain("555 0100", "Never mind");
        }
    }

    @Test
    void aVersionWithoutRounds_hasAnEmptyReport_andATemplateWithOnlyItsHeaderRow() throws Exception {
        Reviewing.Draft draft = reviewing.committeeDraft();
        reviewing.round(draft.versionId(), true);
        UUID later = reviewing.published(draft.standardId());

        assertThat(reviewQueries.dispositionReport(later).rounds()).isEmpty();
        try (var document = new XWPFDocument(new ByteArrayInputStream(reviewQueries.dispositionSheet(later)))) {
            assertThat(document.getParagraphs().get(0).getText()).endsWith(" CD 2");
            assertThat(document.getParagraphs().get(1).getText()).isEqualTo("no comment rounds · 0 comments");
            assertThat(document.getTables().getFirst().getNumberOfRows()).isEqualTo(1);
        }
    }

    private static List<String> cells(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream().map(DispositionReportTest::text).toList();
    }

    private static String text(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }
}
