package org.accord.drafting.internal.app;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.drafting.internal.domain.Stage;
import org.accord.drafting.internal.persistence.DraftingRepositories;
import org.accord.drafting.internal.persistence.StandardEntity;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.security.Roles;

/** Who may change a standard's text: its editors (and administrators), while the text is not frozen. */
@ApplicationScoped
class StandardAccess {

    private final DraftingRepositories.Standards standards;

    StandardAccess(DraftingRepositories.Standards standards) {
        this.standards = standards;
    }

    StandardEntity standard(UUID standardId) {
        return standards.findByIdOptional(standardId)
                .orElseThrow(() -> RuleViolation.notFound("There is no standard " + standardId + "."));
    }

    static List<String> editors(StandardEntity standard) {
        return Arrays.stream(standard.editors.split(",")).filter(name -> !name.isBlank()).toList();
    }

    static boolean isEditor(StandardEntity standard, Actor actor) {
        return actor.isAdmin() || actor.is(Roles.EDITOR) && editors(standard).contains(actor.username());
    }

    /** The standard, once the actor may change its text now. */
    StandardEntity forEditing(UUID standardId, Actor actor) {
        StandardEntity standard = standard(standardId);
        if (!isEditor(standard, actor)) {
            throw RuleViolation.forbidden(null, "Only the editors of " + standard.reference
                    + " (or an administrator) can change its text.");
        }
        requireOpenText(standard);
        return standard;
    }

    /** Whether the standard's text may still change: not once it is approved, published or withdrawn. */
    static boolean textOpen(StandardEntity standard) {
        return standard.stage != Stage.APPROVED && standard.stage != Stage.PUBLISHED
                && standard.stage != Stage.WITHDRAWN;
    }

    static void requireOpenText(StandardEntity standard) {
        if (!textOpen(standard)) {
            throw RuleViolation.conflict("stage", standard.reference + " is " + standard.stage.label().toLowerCase()
                    + "; its text can no longer change.");
        }
    }
}
