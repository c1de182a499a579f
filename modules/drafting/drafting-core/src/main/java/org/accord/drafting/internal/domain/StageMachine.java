package org.accord.drafting.internal.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.accord.platform.errors.RuleViolation;
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
            throw RuleViolation.conflict("stage", "A standard cannot move from " + from.label() + " to " + to.label()
                    + "; " + whereTo(from, allowed) + ".");
        }
        if (!mayMoveTo(to, roles == null ? Set.of() : roles, editorOfStandard)) {
            throw RuleViolation.forbidden("stage", "Moving to " + to.label() + " needs " + whoMayMoveTo(to) + ".");
        }
        if (to == Stage.COMMITTEE_DRAFT && !facts.hasPublishedVersion()) {
            throw RuleViolation.conflict("stage",
                    "Publish a draft version first, so everyone discusses the same text.");
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

    private static String undisposed(List<UndisposedRound> rounds) {
        String rule = "; every comment needs one before the standard moves past committee draft.";
        if (rounds.size() == 1) {
            UndisposedRound round = rounds.getFirst();
            return "The comment round '" + round.title() + "' on " + round.versionLabel() + " has "
                    + comments(round.undisposed()) + " without a disposition" + rule;
        }
        List<String> each = rounds.stream().map(round -> "'" + round.title() + "' on " + round.versionLabel() + " ("
                + comments(round.undisposed()) + ")").toList();
        return "The comment rounds " + String.join(", ", each.subList(0, each.size() - 1)) + " and " + each.getLast()
                + " have comments without a disposition" + rule;
    }

    private static String comments(int count) {
        return count == 1 ? "1 comment" : count + " comments";
    }

    private static String whereTo(Stage from, List<Stage> allowed) {
        if (allowed.isEmpty()) {
            return "it is final";
        }
        return "from " + from.label() + " it can move to "
                + allowed.stream().map(Stage::label).collect(Collectors.joining(" or "));
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

    private static String whoMayMoveTo(Stage to) {
        return switch (to) {
            case COMMITTEE_DRAFT -> "an editor of this standard or a moderator";
            case CONSENSUS_DRAFT -> "a moderator";
            case APPROVED, WITHDRAWN -> "a moderator or an admin";
            case PUBLISHED -> "a liaison or an admin";
            case WORKING_DRAFT -> "nobody";
        };
    }

    /**
     * What the group voted on is what moves on: a passed ballot on the latest draft version, whose text is still the
     * current text, that has carried no other step, and for approval one opened after the consensus draft was reached.
     */
    private static Optional<String> unmetBallotCondition(Stage to, TransitionFacts facts) {
        if (facts.namedBallot() == null || facts.namedBallot().isBlank()) {
            return Optional.of("Moving to " + to.label() + " needs the ballot that carries it: name a passed ballot"
                    + " on the latest draft version.");
        }
        BallotEvidence ballot = facts.ballot();
        if (ballot == null) {
            return Optional.of("No closed ballot " + facts.namedBallot() + " on a draft version of this standard is"
                    + " known here (a result can take a moment to arrive).");
        }
        if (!ballot.passed()) {
            return Optional.of("Ballot " + ballot.ballotId() + " did not pass.");
        }
        if (!ballot.onLatestVersion()) {
            return Optional.of("Ballot " + ballot.ballotId() + " was on " + ballot.versionLabel()
                    + ", but the latest draft version is " + ballot.latestVersionLabel() + "; a ballot on "
                    + ballot.latestVersionLabel() + " must pass.");
        }
        if (!ballot.textUnchanged()) {
            return Optional.of("The text has changed since " + ballot.versionLabel() + " was put to the vote;"
                    + " publish a new draft version and put it to a ballot.");
        }
        if (ballot.carried() != null) {
            return Optional.of("Ballot " + ballot.ballotId() + " already carried the move to "
                    + ballot.carried().label() + "; every step needs a ballot of its own.");
        }
        if (to == Stage.APPROVED && (ballot.openedAt() == null || !ballot.openedAt().isAfter(facts.stageSince()))) {
            return Optional.of("Approval needs a ballot opened after the standard became a consensus draft;"
                    + " ballot " + ballot.ballotId() + " opened before.");
        }
        return Optional.empty();
    }

}
