package org.accord.drafting.internal.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.platform.security.Roles;

/**
 * The path of a standard: one step forward at a time, or withdrawal before publication. Each step names who may take it
 * and what must have happened first, so that nobody can skip the group's review.
 */
public final class StageMachine {

    private StageMachine() {
    }

    /** The stages a standard in {@code from} may move to; empty once it is final. */
    public static List<Stage> next(Stage from) {
        return switch (Objects.requireNonNull(from, "from")) {
            case WORKING_DRAFT -> List.of(Stage.COMMITTEE_DRAFT, Stage.WITHDRAWN);
            case COMMITTEE_DRAFT -> List.of(Stage.CONSENSUS_DRAFT, Stage.WITHDRAWN);
            case CONSENSUS_DRAFT -> List.of(Stage.APPROVED, Stage.WITHDRAWN);
            case APPROVED -> List.of(Stage.PUBLISHED, Stage.WITHDRAWN);
            case PUBLISHED, WITHDRAWN -> List.of();
        };
    }

    /** The stages {@code from} may move to that these roles may choose, for offering only steps that can work. */
    public static List<Stage> nextFor(Stage from, Set<String> roles, boolean editorOfStandard) {
        Set<String> held = roles == null ? Set.of() : roles;
        return next(from).stream().filter(to -> mayMoveTo(to, held, editorOfStandard)).toList();
    }

    /**
     * Checks the step in this order: that it exists, that the person may take it, that its preconditions hold (a
     * published version; every comment of the closed rounds on the latest version disposed of; the ballot).
     *
     * @param roles
     *            the realm roles of the person; null counts as none
     * @param editorOfStandard
     *            the person is one of the editors of this standard
     * @throws RuleViolation
     *             CONFLICT for a step that does not exist or whose preconditions fail, FORBIDDEN for a person without
     *             the role; with field "ballotId" when the ballot named to carry the step does not, else "stage"
     */
    public static void requireTransition(Stage from, Stage to, Set<String> roles, boolean editorOfStandard,
            TransitionFacts facts) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(facts, "facts");
        List<Stage> allowed = next(from);
        if (!allowed.contains(to)) {
            throw RuleViolation.conflict("stage", Text.of("drafting.stage_no_step", from.label(), to.label(),
                    whereTo(from, allowed)));
        }
        if (!mayMoveTo(to, roles == null ? Set.of() : roles, editorOfStandard)) {
            throw RuleViolation.forbidden("stage", Text.of("drafting.stage_needs_role", to.label(), whoMayMoveTo(to)));
        }
        if (to == Stage.COMMITTEE_DRAFT && !facts.hasPublishedVersion()) {
            throw RuleViolation.conflict("stage", Text.of("drafting.publish_first"));
        }
        if (needsEveryCommentDisposed(to) && !facts.undisposedRounds().isEmpty()) {
            throw RuleViolation.conflict("stage", undisposed(facts.undisposedRounds()));
        }
        if (needsBallot(to)) {
            unmetBallotCondition(to, facts).ifPresent(message -> {
                throw RuleViolation.conflict("ballotId", message);
            });
        }
    }

    /** Whether a step must be carried by a passed ballot of its own, named by the person taking it. */
    public static boolean needsBallot(Stage to) {
        return to == Stage.CONSENSUS_DRAFT || to == Stage.APPROVED;
    }

    /**
     * Whether a step leaves committee draft behind, so that every comment of a closed round on the latest version must
     * have its disposition first.
     */
    public static boolean needsEveryCommentDisposed(Stage to) {
        return to == Stage.CONSENSUS_DRAFT || to == Stage.APPROVED || to == Stage.PUBLISHED;
    }

    private static Text undisposed(List<UndisposedRound> rounds) {
        if (rounds.size() == 1) {
            UndisposedRound round = rounds.getFirst();
            return Text.of("drafting.undisposed_round", title(round), round.versionLabel(),
                    comments(round.undisposed()));
        }
        return Text.of("drafting.undisposed_rounds", TextLists.and(rounds.stream()
                .map(round -> Text.of("drafting.undisposed_round_item", title(round), round.versionLabel(),
                        comments(round.undisposed())))
                .toList()));
    }

    private static Object title(UndisposedRound round) {
        return round.title().isBlank() ? Text.of("drafting.untitled_round") : round.title();
    }

    private static Text comments(int count) {
        return count == 1 ? Text.of("drafting.one_comment") : Text.of("drafting.comments", count);
    }

    private static Text whereTo(Stage from, List<Stage> allowed) {
        if (allowed.isEmpty()) {
            return Text.of("drafting.stage_final");
        }
        return Text.of("drafting.stage_can_move_to", from.label(),
                TextLists.or(allowed.stream().map(Stage::label).toList()));
    }

    private static boolean mayMoveTo(Stage to, Set<String> roles, boolean editorOfStandard) {
        return switch (to) {
            case COMMITTEE_DRAFT -> editorOfStandard || roles.contains(Roles.MODERATOR);
            case CONSENSUS_DRAFT -> roles.contains(Roles.MODERATOR);
            case APPROVED, WITHDRAWN -> roles.contains(Roles.MODERATOR) || roles.contains(Roles.ADMIN);
            case PUBLISHED -> roles.contains(Roles.LIAISON) || roles.contains(Roles.ADMIN);
            case WORKING_DRAFT -> false;
        };
    }

    private static Text whoMayMoveTo(Stage to) {
        return switch (to) {
            case COMMITTEE_DRAFT -> Text.of("drafting.who_editor_or_moderator");
            case CONSENSUS_DRAFT -> Text.of("drafting.who_moderator");
            case APPROVED, WITHDRAWN -> Text.of("drafting.who_moderator_or_admin");
            case PUBLISHED -> Text.of("drafting.who_liaison_or_admin");
            case WORKING_DRAFT -> Text.of("drafting.who_nobody");
        };
    }

    /**
     * What the group voted on is what moves on: a passed ballot on the latest draft version, whose text is still the
     * current text, that has carried no other step, and for approval one opened after the consensus draft was reached.
     */
    private static Optional<Text> unmetBallotCondition(Stage to, TransitionFacts facts) {
        if (facts.namedBallot() == null || facts.namedBallot().isBlank()) {
            return Optional.of(Text.of("drafting.ballot_needed", to.label()));
        }
        BallotEvidence ballot = facts.ballot();
        if (ballot == null) {
            return Optional.of(Text.of("drafting.ballot_unknown", facts.namedBallot()));
        }
        if (!ballot.passed()) {
            return Optional.of(Text.of("drafting.ballot_failed", ballot.ballotId()));
        }
        if (!ballot.onLatestVersion()) {
            return Optional.of(Text.of("drafting.ballot_not_on_latest", ballot.ballotId(), ballot.versionLabel(),
                    ballot.latestVersionLabel()));
        }
        if (!ballot.textUnchanged()) {
            return Optional.of(Text.of("drafting.ballot_text_changed", ballot.versionLabel()));
        }
        if (ballot.carried() != null) {
            return Optional.of(Text.of("drafting.ballot_used", ballot.ballotId(), ballot.carried().label()));
        }
        if (to == Stage.APPROVED && (ballot.openedAt() == null || !ballot.openedAt().isAfter(facts.stageSince()))) {
            return Optional.of(Text.of("drafting.ballot_too_early", ballot.ballotId()));
        }
        return Optional.empty();
    }
}
