package org.accord.drafting.internal.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryLineTest {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final Locale GERMAN = Locale.GERMAN;

    record Worded(HistoryLine line, String english, String french, String german) {
    }

    static List<Worded> lines() {
        return List.of(
                new Worded(HistoryLine.standardCreated("AIG 1", "Open weights"), "Created AIG 1 Open weights",
                        "Création de la norme AIG 1 « Open weights »", "AIG 1 „Open weights“ angelegt"),
                new Worded(HistoryLine.editorsChanged(List.of("eli", "ada")), "Editors: eli, ada",
                        "Rédacteurs : eli, ada", "Redaktion: eli, ada"),
                new Worded(HistoryLine.clauseAdded(ClauseKind.EXAMPLE, "Weights"), "Added example \"Weights\"",
                        "Ajout de l’exemple « Weights »", "Beispiel „Weights“ hinzugefügt"),
                new Worded(HistoryLine.clauseRevised("Weights", 3, 0, null), "Revised \"Weights\" (revision 3)",
                        "Révision de « Weights » (révision 3)", "„Weights“ überarbeitet (Revision 3)"),
                new Worded(HistoryLine.clauseRevised("Weights", 3, 1, null),
                        "Revised \"Weights\" (revision 3), answering 1 comment",
                        "Révision de « Weights » (révision 3), en réponse à 1 commentaire",
                        "„Weights“ überarbeitet (Revision 3), als Antwort auf 1 Kommentar"),
                new Worded(HistoryLine.clauseRevised("Weights", 3, 1200, null),
                        "Revised \"Weights\" (revision 3), answering 1,200 comments",
                        "Révision de « Weights » (révision 3), en réponse à 1\u202f200 commentaires",
                        "„Weights“ überarbeitet (Revision 3), als Antwort auf 1.200 Kommentare"),
                new Worded(HistoryLine.clauseRevised("Weights", 4, 0, "uma"),
                        "Revised \"Weights\" (revision 4), accepting the suggestion of uma",
                        "Révision de « Weights » (révision 4) par acceptation de la suggestion de uma",
                        "„Weights“ überarbeitet (Revision 4) durch Annahme des Vorschlags von uma"),
                new Worded(HistoryLine.clauseMoved("Weights"), "Moved \"Weights\"", "Déplacement de « Weights »",
                        "„Weights“ verschoben"),
                new Worded(HistoryLine.clauseRemoved("Weights", 0), "Removed \"Weights\"",
                        "Suppression de « Weights »", "„Weights“ entfernt"),
                new Worded(HistoryLine.clauseRemoved("Weights", 1), "Removed \"Weights\" and its subclause",
                        "Suppression de « Weights » et de sa sous-clause", "„Weights“ samt Unterklausel entfernt"),
                new Worded(HistoryLine.clauseRemoved("Weights", 2), "Removed \"Weights\" and its 2 subclauses",
                        "Suppression de « Weights » et de ses 2 sous-clauses",
                        "„Weights“ samt 2 Unterklauseln entfernt"),
                new Worded(HistoryLine.suggestionMade("Weights"), "Suggested new text for \"Weights\"",
                        "Suggestion d’un nouveau texte pour « Weights »", "Neuen Text für „Weights“ vorgeschlagen"),
                new Worded(HistoryLine.suggestionDecided(true, "uma"), "Accepted the suggestion of uma",
                        "Acceptation de la suggestion de uma", "Vorschlag von uma angenommen"),
                new Worded(HistoryLine.suggestionDecided(false, "uma"), "Declined the suggestion of uma",
                        "Refus de la suggestion de uma", "Vorschlag von uma abgelehnt"),
                new Worded(HistoryLine.versionPublished("WD 1", 1), "Published WD 1 (1 clause)",
                        "Publication de WD 1 (1 clause)", "WD 1 veröffentlicht (1 Klausel)"),
                new Worded(HistoryLine.versionPublished("WD 2", 12), "Published WD 2 (12 clauses)",
                        "Publication de WD 2 (12 clauses)", "WD 2 veröffentlicht (12 Klauseln)"),
                new Worded(HistoryLine.stageChanged(Stage.WORKING_DRAFT, Stage.COMMITTEE_DRAFT, null, null),
                        "Moved from Working draft to Committee draft",
                        "Passage du stade « Projet de travail » au stade « Projet de comité »",
                        "Von Stufe „Arbeitsentwurf“ in Stufe „Komitee-Entwurf“ überführt"),
                new Worded(HistoryLine.stageChanged(Stage.COMMITTEE_DRAFT, Stage.CONSENSUS_DRAFT, "b-1", "CD 1"),
                        "Moved from Committee draft to Consensus draft (ballot b-1 on CD 1)",
                        "Passage du stade « Projet de comité » au stade « Projet de consensus » (scrutin b-1 sur CD 1)",
                        "Von Stufe „Komitee-Entwurf“ in Stufe „Konsensentwurf“ überführt (Abstimmung b-1 über CD 1)"));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void line_isWordedInEachLanguage_fromItsFactsAlone(Worded worded) {
        HistoryLine stored = new HistoryLine(worded.line().kind(), Map.copyOf(worded.line().parameters()));

        assertThat(stored.text().in(Locale.ENGLISH)).isEqualTo(worded.english());
        assertThat(stored.text().in(FRENCH)).isEqualTo(nonBreaking(worded.french()));
        assertThat(stored.text().in(GERMAN)).isEqualTo(worded.german());
    }

    @Test
    void lineWhoseOldWordingCouldNotBeRead_isShownAsItWas_inEveryLanguage() {
        HistoryLine legacy = new HistoryLine("ClauseRevised", Map.of("summary", "Revised clause 5"));

        assertThat(legacy.text().in(GERMAN)).isEqualTo("Revised clause 5");
    }

    @Test
    void parameters_areFactsNotSentences() {
        assertThat(HistoryLine.stageChanged(Stage.CONSENSUS_DRAFT, Stage.APPROVED, "b-2", "DS 1").parameters())
                .isEqualTo(Map.of("from", "CONSENSUS_DRAFT", "to", "APPROVED", "ballot", "b-2", "ballotVersion",
                        "DS 1"));
    }

    /** French puts a no-break space inside guillemets and before a colon; the expectations use plain ones. */
    private static String nonBreaking(String french) {
        return french.replace("« ", "«\u00a0").replace(" »", "\u00a0»").replace(" :", "\u00a0:");
    }
}
