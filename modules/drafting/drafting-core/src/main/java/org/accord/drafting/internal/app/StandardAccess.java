package org.accord.drafting.internal.app;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.accord.drafting.internal.domain.Stage;
import org.accord.drafting.internal.persistence.DraftingRepositories;
import org.accord.drafting.internal.persistence.StandardEntity;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.platform.security.Roles;

/**
 * Who may change a standard's text: its editors (and administrators), while the text is not frozen. A new revision of
 * one clause holds a shared lock on the standard's row; a change of the outline (add, move, remove), a publication and
 * a stage change hold an exclusive one. Outline changes thus see the tree as the previous one left it, so two at once
 * can never store a cycle or a clause under a removed parent, and no edit slips in between the check that the text is
 * the voted text and the stage change.
 */
@ApplicationScoped
class StandardAccess {

    private final DraftingRepositories.Standards standards;
    private final DraftingRepositories.VersionBallots ballots;

    StandardAccess(DraftingRepositories.Standards standards, DraftingRepositories.VersionBallots ballots) {
        this.standards = standards;
        this.ballots = ballots;
    }

    StandardEntity standard(UUID standardId) {
        return standards.findByIdOptional(standardId).orElseThrow(() -> unknown(standardId));
    }

    /** The standard, locked against text changes until the caller's transaction ends. */
    StandardEntity forDecision(UUID standardId) {
        return standards.findByIdOptional(standardId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> unknown(standardId));
    }

    private static RuleViolation unknown(UUID standardId) {
        return RuleViolation.notFound(Text.of("drafting.no_standard", standardId));
    }

    static List<String> editors(StandardEntity standard) {
        return Arrays.stream(standard.editors.split(",")).filter(name -> !name.isBlank()).toList();
    }

    static boolean isEditor(StandardEntity standard, Actor actor) {
        return actor.isAdmin() || actor.is(Roles.EDITOR) && editors(standard).contains(actor.username());
    }

    /** The standard, once the actor is one of its editors; for decisions that leave the text as it is. */
    StandardEntity asEditor(UUID standardId, Actor actor) {
        StandardEntity standard = standard(standardId);
        requireEditor(standard, actor);
        return standard;
    }

    /** The standard, once the actor may change the text of a clause now; other such changes may run alongside. */
    StandardEntity forEditing(UUID standardId, Actor actor) {
        return editable(standardId, actor, LockModeType.PESSIMISTIC_READ);
    }

    /** The standard, once the actor may change its outline now; alone until the caller's transaction ends. */
    StandardEntity forStructure(UUID standardId, Actor actor) {
        return editable(standardId, actor, LockModeType.PESSIMISTIC_WRITE);
    }

    private StandardEntity editable(UUID standardId, Actor actor, LockModeType lock) {
        StandardEntity standard = standards.findByIdOptional(standardId, lock).orElseThrow(() -> unknown(standardId));
        requireEditor(standard, actor);
        requireOpenText(standard);
        ballots.freezing(standardId).ifPresent(ballot -> {
            throw RuleViolation.conflict("ballot", Text.of("drafting.frozen_by_ballot", ballot));
        });
        return standard;
    }

    private static void requireEditor(StandardEntity standard, Actor actor) {
        if (!isEditor(standard, actor)) {
            throw RuleViolation.forbidden(null, Text.of("drafting.only_editors_change", standard.reference));
        }
    }

    /** Whether the standard's text may still change: not once it is approved, published or withdrawn. */
    static boolean textOpen(StandardEntity standard) {
        return standard.stage != Stage.APPROVED && standard.stage != Stage.PUBLISHED
                && standard.stage != Stage.WITHDRAWN;
    }

    static void requireOpenText(StandardEntity standard) {
        if (!textOpen(standard)) {
            throw RuleViolation.conflict("stage", Text.of("drafting.text_closed", standard.reference,
                    closedState(standard.stage)));
        }
    }

    /** The state of a standard whose text can no longer change, as in "WD-1 is approved". */
    static Text closedState(Stage stage) {
        return switch (stage) {
            case APPROVED -> Text.of("drafting.state_approved");
            case PUBLISHED -> Text.of("drafting.state_published");
            case WITHDRAWN -> Text.of("drafting.state_withdrawn");
            case WORKING_DRAFT, COMMITTEE_DRAFT, CONSENSUS_DRAFT -> stage.label();
        };
    }
}
