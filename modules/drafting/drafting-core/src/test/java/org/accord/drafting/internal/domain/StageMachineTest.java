package org.accord.drafting.internal.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.security.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.accord.drafting.internal.domain.Stage.APPROVED;
import static org.accord.drafting.internal.domain.Stage.COMMITTEE_DRAFT;
import static org.accord.drafting.internal.domain.Stage.CONSENSUS_DRAFT;
import static org.accord.drafting.internal.domain.Stage.PUBLISHED;
import static org.accord.drafting.internal.domain.Stage.WITHDRAWN;
import static org.accord.drafting.internal.domain.Stage.WORKING_DRAFT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StageMachineTest {

    private static final Instant STAGE_SINCE = Instant.parse("2026-11-01T09:00:00Z");
    private static final BallotEvidence PASSED_ON_LATEST = new BallotEvidence("b-1", true, "CD 2", "CD 2", true,
            null, STAGE_SINCE.plusSeconds(60));
    private static final TransitionFacts ALL_MET = new TransitionFacts(true, "b-1", PASSED_ON_LATEST, STAGE_SINCE,
            List.of());
    private static final TransitionFacts NONE_MET = new TransitionFacts(false, null, null, STAGE_SINCE, List.of());
    private static final Set<String> EVERY_ROLE = Set.copyOf(Roles.ALL);
    /** Who may take each step; "editorOfStandard" stands for the flag rather than a realm role. */
    private static final String EDITOR_OF_STANDARD = "editorOfStandard";
    private static final Map<Stage, Set<String>> WHO_MAY_MOVE_TO = Map.of(
            COMMITTEE_DRAFT, Set.of(EDITOR_OF_STANDARD, Roles.MODERATOR),
            CONSENSUS_DRAFT, Set.of(Roles.MODERATOR),
            APPROVED, Set.of(Roles.MODERATOR, Roles.ADMIN),
            PUBLISHED, Set.of(Roles.LIAISON, Roles.ADMIN),
            WITHDRAWN, Set.of(Roles.MODERATOR, Roles.ADMIN));
    private static final Set<List<Stage>> STEPS = Set.of(
            List.of(WORKING_DRAFT, COMMITTEE_DRAFT), List.of(COMMITTEE_DRAFT, CONSENSUS_DRAFT),
            List.of(CONSENSUS_DRAFT, APPROVED), List.of(APPROVED, PUBLISHED),
            List.of(WORKING_DRAFT, WITHDRAWN), List.of(COMMITTEE_DRAFT, WITHDRAWN),
            List.of(CONSENSUS_DRAFT, WITHDRAWN), List.of(APPROVED, WITHDRAWN));

    private static Stream<Arguments> steps() {
        return STEPS.stream().map(step -> Arguments.of(step.get(0), step.get(1)));
    }

    private static Stream<Arguments> nonSteps() {
        List<Arguments> pairs = new ArrayList<>();
        for (Stage from : Stage.values()) {
            for (Stage to : Stage.values()) {
                if (!STEPS.contains(List.of(from, to))) {
                    pairs.add(Arguments.of(from, to));
                }
            }
        }
        return pairs.stream();
    }

    /** Every valid step against every single realm role and the editor flag on its own. */
    private static Stream<Arguments> stepsByActor() {
        List<String> actors = new ArrayList<>(Roles.ALL);
        actors.add(EDITOR_OF_STANDARD);
        return steps().flatMap(step -> actors.stream().map(actor -> Arguments.of(step.get()[0], step.get()[1], actor)));
    }

    private static RuleViolation violation(Stage from, Stage to, Set<String> roles, boolean editor,
            TransitionFacts facts) {
        try {
            StageMachine.requireTransition(from, to, roles, editor, facts);
        } catch (RuleViolation violation) {
            return violation;
        }
        throw new AssertionError("Expected a RuleViolation");
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void next_listsExactlyTheValidSteps(Stage from) {
        List<Stage> expected = Stream.of(Stage.values()).filter(to -> STEPS.contains(List.of(from, to))).toList();

        assertThat(StageMachine.next(from)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("nonSteps")
    void requireTransition_thatIsNoStep_isAConflictEvenForEveryRole(Stage from, Stage to) {
        RuleViolation violation = violation(from, to, EVERY_ROLE, true, ALL_MET);

        assertThat(violation.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        assertThat(violation.field()).isEqualTo("stage");
        assertThat(violation.getMessage()).startsWith("A standard cannot move from " + from.label() + " to "
                + to.label() + "; ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "COMMITTEE_DRAFT | APPROVED | A standard cannot move from Committee draft to Approved; from Committee "
                    + "draft it can move to Consensus draft or Withdrawn.",
            "WORKING_DRAFT | WORKING_DRAFT | A standard cannot move from Working draft to Working draft; from Working "
                    + "draft it can move to Committee draft or Withdrawn.",
            "APPROVED | CONSENSUS_DRAFT | A standard cannot move from Approved to Consensus draft; from Approved it "
                    + "can move to Published or Withdrawn.",
            "PUBLISHED | WITHDRAWN | A standard cannot move from Published to Withdrawn; it is final.",
            "WITHDRAWN | WORKING_DRAFT | A standard cannot move from Withdrawn to Working draft; it is final."})
    void requireTransition_thatIsNoStep_namesTheStepsThatAre(Stage from, Stage to, String message) {
        assertThat(violation(from, to, EVERY_ROLE, true, ALL_MET)).hasMessage(message);
    }

    @ParameterizedTest
    @MethodSource("stepsByActor")
    void requireTransition_isAllowedOnlyForTheNamedRoles(Stage from, Stage to, String actor) {
        boolean editor = actor.equals(EDITOR_OF_STANDARD);
        Set<String> roles = editor ? Set.of() : Set.of(actor);

        if (WHO_MAY_MOVE_TO.get(to).contains(actor)) {
            assertThatCode(() -> StageMachine.requireTransition(from, to, roles, editor, ALL_MET))
                    .doesNotThrowAnyException();
        } else {
            RuleViolation violation = violation(from, to, roles, editor, ALL_MET);
            assertThat(violation.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN);
            assertThat(violation.field()).isEqualTo("stage");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "WORKING_DRAFT | COMMITTEE_DRAFT | Moving to Committee draft needs an editor of this standard or a "
                    + "moderator.",
            "COMMITTEE_DRAFT | CONSENSUS_DRAFT | Moving to Consensus draft needs a moderator.",
            "CONSENSUS_DRAFT | APPROVED | Moving to Approved needs a moderator or an admin.",
            "APPROVED | PUBLISHED | Moving to Published needs a liaison or an admin.",
            "COMMITTEE_DRAFT | WITHDRAWN | Moving to Withdrawn needs a moderator or an admin."})
    void requireTransition_withoutRole_saysWhoMayTakeTheStep(Stage from, Stage to, String message) {
        assertThat(violation(from, to, Set.of(Roles.MEMBER, Roles.EDITOR), false, ALL_MET)).hasMessage(message);
    }

    @ParameterizedTest
    @MethodSource("steps")
    void requireTransition_withoutRoleAndPreconditions_isForbiddenFirst(Stage from, Stage to) {
        assertThat(violation(from, to, Set.of(), false, NONE_MET).kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN);
    }

    @ParameterizedTest
    @MethodSource("steps")
    void requireTransition_withNullRoles_countsAsNoRoles(Stage from, Stage to) {
        assertThat(violation(from, to, null, false, ALL_MET).kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN);
    }

    @Test
    void committeeDraft_editorOfTheStandardWithoutAnyRealmRole_mayMoveIt() {
        assertThatCode(() -> StageMachine.requireTransition(WORKING_DRAFT, COMMITTEE_DRAFT, Set.of(), true,
                ALL_MET)).doesNotThrowAnyException();
    }

    @Test
    void committeeDraft_editorRoleAloneWithoutEditingThisStandard_mayNotMoveIt() {
        assertThat(violation(WORKING_DRAFT, COMMITTEE_DRAFT, Set.of(Roles.EDITOR), false, ALL_MET).kind())
                .isEqualTo(RuleViolation.Kind.FORBIDDEN);
    }

    @Test
    void committeeDraft_withoutPublishedVersion_isAConflict() {
        RuleViolation violation = violation(WORKING_DRAFT, COMMITTEE_DRAFT, EVERY_ROLE, true,
                new TransitionFacts(false, null, null, STAGE_SINCE, List.of()));

        assertThat(violation.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        assertThat(violation.field()).isEqualTo("stage");
        assertThat(violation).hasMessage("Publish a draft version first, so everyone discusses the same text.");
    }

    private static Stream<Arguments> unmetBallotConditions() {
        return Stream.of(
                Arguments.of(CONSENSUS_DRAFT, null, null, "needs the ballot that carries it"),
                Arguments.of(APPROVED, "b-9", null, "No closed ballot b-9"),
                Arguments.of(CONSENSUS_DRAFT, "b-1", new BallotEvidence("b-1", false, "CD 2", "CD 2", true, null,
                        STAGE_SINCE.plusSeconds(60)), "Ballot b-1 did not pass."),
                Arguments.of(CONSENSUS_DRAFT, "b-1", new BallotEvidence("b-1", true, "CD 1", "CD 2", true, null,
                        STAGE_SINCE.plusSeconds(60)), "was on CD 1, but the latest draft version is CD 2"),
                Arguments.of(CONSENSUS_DRAFT, "b-1", new BallotEvidence("b-1", true, "CD 2", "CD 2", false, null,
                        STAGE_SINCE.plusSeconds(60)), "The text has changed since CD 2 was put to the vote"),
                Arguments.of(APPROVED, "b-1", new BallotEvidence("b-1", true, "CD 2", "CD 2", true, CONSENSUS_DRAFT,
                        STAGE_SINCE.plusSeconds(60)), "already carried the move to Consensus draft"),
                Arguments.of(APPROVED, "b-1", new BallotEvidence("b-1", true, "CD 2", "CD 2", true, null,
                        STAGE_SINCE.minusSeconds(60)), "Approval needs a ballot opened after"),
                Arguments.of(APPROVED, "b-1", new BallotEvidence("b-1", true, "CD 2", "CD 2", true, null, null),
                        "Approval needs a ballot opened after"));
    }

    @ParameterizedTest
    @MethodSource("unmetBallotConditions")
    void requireTransition_withoutAFittingBallot_isAConflictOnTheBallot(Stage to, String named,
            BallotEvidence ballot, String message) {
        Stage from = to == APPROVED ? CONSENSUS_DRAFT : COMMITTEE_DRAFT;

        RuleViolation violation = violation(from, to, EVERY_ROLE, true,
                new TransitionFacts(true, named, ballot, STAGE_SINCE, List.of()));

        assertThat(violation.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        assertThat(violation.field()).isEqualTo("ballotId");
        assertThat(violation).hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource({"COMMITTEE_DRAFT, CONSENSUS_DRAFT", "CONSENSUS_DRAFT, APPROVED", "APPROVED, PUBLISHED"})
    void movingPastCommitteeDraft_withCommentsWithoutDisposition_isAConflictNamingTheRoundAndCount(Stage from,
            Stage to) {
        RuleViolation violation = violation(from, to, EVERY_ROLE, true, new TransitionFacts(true, "b-1",
                PASSED_ON_LATEST, STAGE_SINCE, List.of(new UndisposedRound("CD 1 comments", "CD 1", 3))));

        assertThat(violation.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        assertThat(violation.field()).isEqualTo("stage");
        assertThat(violation).hasMessage("The comment round 'CD 1 comments' on CD 1 has 3 comments without a"
                + " disposition; every comment needs one before the standard moves past committee draft.");
    }

    @Test
    void undisposedComments_areRefusedBeforeTheBallotIsLookedAt_andEveryRoundIsNamed() {
        RuleViolation violation = violation(COMMITTEE_DRAFT, CONSENSUS_DRAFT, EVERY_ROLE, true,
                new TransitionFacts(true, null, null, STAGE_SINCE, List.of(new UndisposedRound("Early", "CD 2", 1),
                        new UndisposedRound("Late", "CD 2", 4))));

        assertThat(violation.field()).isEqualTo("stage");
        assertThat(violation).hasMessage("The comment rounds 'Early' on CD 2 (1 comment) and 'Late' on CD 2"
                + " (4 comments) have comments without a disposition; every comment needs one before the standard"
                + " moves past committee draft.");
    }

    @Test
    void refusals_areWordedInTheReadersLanguage_withTheirListsJoinedAsItJoinsThem() {
        RuleViolation noStep = violation(COMMITTEE_DRAFT, APPROVED, EVERY_ROLE, true, ALL_MET);
        RuleViolation undisposed = violation(COMMITTEE_DRAFT, CONSENSUS_DRAFT, EVERY_ROLE, true,
                new TransitionFacts(true, null, null, STAGE_SINCE, List.of(new UndisposedRound("Early", "CD 2", 1),
                        new UndisposedRound("", "CD 2", 1_500), new UndisposedRound("Late", "CD 2", 4))));

        assertThat(noStep.text().in(Locale.GERMAN)).isEqualTo("Ein Standard kann nicht von Stufe „Komitee-Entwurf“ in"
                + " Stufe „Genehmigt“ wechseln; von Stufe „Komitee-Entwurf“ aus kann er wechseln zu: Konsensentwurf"
                + " oder Zurückgezogen.");
        assertThat(noStep.text().in(Locale.FRENCH)).isEqualTo("Une norme ne peut pas passer du stade «\u00a0Projet de"
                + " comité\u00a0» au stade «\u00a0Approuvée\u00a0»\u00a0; depuis le stade «\u00a0Projet de"
                + " comité\u00a0», elle peut passer à\u00a0: Projet de consensus ou Retirée.");
        assertThat(undisposed).hasMessage("The comment rounds 'Early' on CD 2 (1 comment), '(untitled)' on CD 2"
                + " (1,500 comments) and 'Late' on CD 2 (4 comments) have comments without a disposition; every"
                + " comment needs one before the standard moves past committee draft.");
        assertThat(undisposed.text().in(Locale.GERMAN)).isEqualTo("Die Kommentierungsrunden „Early“ zu CD 2"
                + " (1 Kommentar), „(ohne Titel)“ zu CD 2 (1.500 Kommentare) und „Late“ zu CD 2 (4 Kommentare) haben"
                + " Kommentare ohne Bearbeitung; jeder Kommentar braucht eine, bevor der Standard die Stufe"
                + " Komitee-Entwurf verlässt.");
    }

    @ParameterizedTest
    @CsvSource({"WORKING_DRAFT, COMMITTEE_DRAFT", "COMMITTEE_DRAFT, WITHDRAWN", "APPROVED, WITHDRAWN"})
    void undisposedComments_holdNoStepThatStaysAtOrBeforeCommitteeDraftOrWithdraws(Stage from, Stage to) {
        assertThatCode(() -> StageMachine.requireTransition(from, to, EVERY_ROLE, true, new TransitionFacts(true,
                "b-1", PASSED_ON_LATEST, STAGE_SINCE, List.of(new UndisposedRound("CD 1 comments", "CD 1", 3)))))
                .doesNotThrowAnyException();
    }

    @Test
    void undisposedComments_doNotComeBeforeTheRoleCheck() {
        assertThat(violation(COMMITTEE_DRAFT, CONSENSUS_DRAFT, Set.of(Roles.MEMBER), false, new TransitionFacts(true,
                "b-1", PASSED_ON_LATEST, STAGE_SINCE, List.of(new UndisposedRound("R", "CD 1", 2)))).kind())
                .isEqualTo(RuleViolation.Kind.FORBIDDEN);
    }

    @Test
    void consensusDraft_mayUseABallotOpenedBeforeTheCommitteeDraftStage() {
        var early = new BallotEvidence("b-1", true, "CD 2", "CD 2", true, null, STAGE_SINCE.minusSeconds(3600));

        assertThatCode(() -> StageMachine.requireTransition(COMMITTEE_DRAFT, CONSENSUS_DRAFT, EVERY_ROLE, true,
                new TransitionFacts(true, "b-1", early, STAGE_SINCE, List.of()))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({"APPROVED, PUBLISHED", "WORKING_DRAFT, WITHDRAWN", "COMMITTEE_DRAFT, WITHDRAWN",
            "CONSENSUS_DRAFT, WITHDRAWN", "APPROVED, WITHDRAWN"})
    void requireTransition_withoutPreconditions_needsNoFacts(Stage from, Stage to) {
        assertThatCode(() -> StageMachine.requireTransition(from, to, Set.of(Roles.ADMIN), false, NONE_MET))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("steps")
    void requireTransition_withRoleAndAllFacts_passes(Stage from, Stage to) {
        assertThatCode(() -> StageMachine.requireTransition(from, to, EVERY_ROLE, true, ALL_MET))
                .doesNotThrowAnyException();
    }

    @Test
    void requireTransition_withoutFacts_isAProgrammingError() {
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> StageMachine.requireTransition(WORKING_DRAFT, WITHDRAWN, EVERY_ROLE, true, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "member | WORKING_DRAFT | NONE",
            "moderator | WORKING_DRAFT | COMMITTEE_DRAFT WITHDRAWN",
            "admin | WORKING_DRAFT | WITHDRAWN",
            "moderator | COMMITTEE_DRAFT | CONSENSUS_DRAFT WITHDRAWN",
            "admin | COMMITTEE_DRAFT | WITHDRAWN",
            "liaison | APPROVED | PUBLISHED",
            "admin | APPROVED | PUBLISHED WITHDRAWN",
            "admin | PUBLISHED | NONE"})
    void nextFor_offersOnlyTheStepsTheRolesMayTake(String role, Stage from, String expected) {
        List<Stage> stages = expected == null ? List.of() : Stream.of(expected.split(" ")).map(Stage::valueOf).toList();

        assertThat(StageMachine.nextFor(from, Set.of(role), false)).containsExactlyElementsOf(stages);
    }

    @Test
    void nextFor_editorOfTheStandard_mayOfferCommitteeDraft() {
        assertThat(StageMachine.nextFor(WORKING_DRAFT, null, true)).containsExactly(COMMITTEE_DRAFT);
    }
}
