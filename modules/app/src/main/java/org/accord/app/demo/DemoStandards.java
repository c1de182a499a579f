package org.accord.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.drafting.internal.app.Actor;
import org.accord.drafting.internal.app.ClauseEditing;
import org.accord.drafting.internal.app.DraftingViews;
import org.accord.drafting.internal.app.StageChanging;
import org.accord.drafting.internal.app.StandardQueries;
import org.accord.drafting.internal.app.StandardsAdministration;
import org.accord.drafting.internal.app.VersionPublishing;
import org.accord.platform.security.Roles;

/**
 * The two standards of the demo, imported from Markdown by the demo editor and taken through a few draft versions, so
 * version lists, redlines and stages have something to show.
 */
@ApplicationScoped
class DemoStandards {

    private static final Actor EDITOR = new Actor("eli", Set.of(Roles.MEMBER, Roles.EDITOR));

    private final StandardsAdministration standards;
    private final ClauseEditing editing;
    private final VersionPublishing versions;
    private final StageChanging stages;
    private final StandardQueries queries;

    DemoStandards(StandardsAdministration standards, ClauseEditing editing, VersionPublishing versions,
            StageChanging stages, StandardQueries queries) {
        this.standards = standards;
        this.editing = editing;
        this.versions = versions;
        this.stages = stages;
        this.queries = queries;
    }

    /** @return how many standards were created */
    int seed() {
        int created = 0;
        if (absent("TAWG 1")) {
            UUID id = standards.importMarkdown(EDITOR, "TAWG 1", null, resource("functional-definition.md"));
            versions.publish(EDITOR, id);
            revise(id, "Openness of weights", "The model weights shall be available under an open licence, in a"
                    + " documented and widely supported format, at no cost beyond that of distribution, and without"
                    + " registration or other conditions on access.", "Access must not be gated");
            revise(id, "Documentation", "Model documentation shall describe the intended uses, known limitations,"
                    + " evaluation results, the compute and energy used for training, and the contact for reporting"
                    + " problems.", "Energy use and a contact point were asked for in the comment round");
            moveBefore(id, "Open licence", "Training data");
            versions.publish(EDITOR, id);
            created++;
        }
        if (absent("TAWG 2")) {
            UUID id = standards.importMarkdown(EDITOR, "TAWG 2", null, resource("democratic-values.md"));
            versions.publish(EDITOR, id);
            stages.change(EDITOR, id, "COMMITTEE_DRAFT", "Ready for the committee's comment round", null);
            revise(id, "Refusal policies", "Rules under which a model refuses to answer shall be published, with the"
                    + " reasons for each category of refusal and the way to contest a refusal.",
                    "Users need a way to contest refusals");
            versions.publish(EDITOR, id);
            created++;
        }
        return created;
    }

    private boolean absent(String reference) {
        return queries.list().stream().noneMatch(standard -> standard.reference().equals(reference));
    }

    private void revise(UUID standardId, String heading, String text, String rationale) {
        DraftingViews.ClauseView clause = named(queries.standard(standardId, EDITOR).clauses(), heading);
        editing.revise(EDITOR, standardId, clause.id(), clause.revisionId(), heading, text, rationale);
    }

    /** Moves a clause just before another one, under that one's parent, as the move form does. */
    private void moveBefore(UUID standardId, String heading, String beforeHeading) {
        List<DraftingViews.ClauseView> clauses = queries.standard(standardId, EDITOR).clauses();
        DraftingViews.ClauseView before = named(clauses, beforeHeading);
        editing.move(EDITOR, standardId, named(clauses, heading).id(), before.parentId(), before.id());
    }

    private static DraftingViews.ClauseView named(List<DraftingViews.ClauseView> clauses, String heading) {
        return clauses.stream().filter(c -> c.heading().equals(heading)).findFirst().orElseThrow();
    }

    private static String resource(String name) {
        try (InputStream in = DemoStandards.class.getResourceAsStream("/demo/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
