package org.accord.drafting.internal.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.drafting.api.events.EditorsChanged;
import org.accord.drafting.api.events.StandardCreated;
import org.accord.drafting.internal.domain.HistoryLine;
import org.accord.drafting.internal.domain.ImportedClause;
import org.accord.drafting.internal.domain.ImportedStandard;
import org.accord.drafting.internal.domain.MarkdownImport;
import org.accord.drafting.internal.domain.Stage;
import org.accord.drafting.internal.persistence.DraftingRepositories;
import org.accord.drafting.internal.persistence.StandardEntity;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.platform.security.Roles;

/** Creating standards, from scratch or from a Markdown file. */
@ApplicationScoped
@RefusesCollisions
public class StandardsAdministration {

    private static final int MAX_IMPORT_LENGTH = 5_000_000;

    private final DraftingRepositories.Standards standards;
    private final StandardAccess access;
    private final ClauseEditing clauses;
    private final DraftingHistory history;

    StandardsAdministration(DraftingRepositories.Standards standards, StandardAccess access, ClauseEditing clauses,
            DraftingHistory history) {
        this.standards = standards;
        this.access = access;
        this.clauses = clauses;
        this.history = history;
    }

    @Transactional
    public UUID create(Actor actor, String referenceText, String titleText, String scopeText, List<String> others) {
        if (!actor.is(Roles.EDITOR) && !actor.isAdmin()) {
            throw RuleViolation.forbidden(null, Text.of("drafting.only_editors_create"));
        }
        String reference = DraftingTexts.reference(referenceText);
        String title = DraftingTexts.title(titleText);
        String scope = DraftingTexts.scope(scopeText);
        if (standards.referenceTaken(reference)) {
            throw RuleViolation.conflict("reference", Text.of("drafting.reference_taken", reference));
        }
        Set<String> editors = new LinkedHashSet<>();
        editors.add(actor.username());
        for (String other : others == null ? List.<String> of() : others) {
            String editor = DraftingTexts.editor(other);
            if (!editor.isEmpty()) {
                editors.add(editor);
            }
        }
        StandardEntity standard = new StandardEntity();
        standard.id = UUID.randomUUID();
        standard.reference = reference;
        standard.title = title;
        standard.scope = scope;
        standard.stage = Stage.WORKING_DRAFT;
        standard.editors = String.join(",", editors);
        standard.createdAt = Instant.now();
        standard.stageSince = standard.createdAt;
        standard.createdBy = actor.username();
        standards.persist(standard);
        history.record(new StandardCreated(standard.id.toString(), reference, title, scope, List.copyOf(editors),
                actor.username(), standard.createdAt), null, HistoryLine.standardCreated(reference, title), null);
        return standard.id;
    }

    /** An editor of the standard (or an administrator) sets who edits it; the list is never left empty. */
    @Transactional
    public void setEditors(Actor actor, UUID standardId, List<String> usernames) {
        StandardEntity standard = access.standard(standardId);
        if (!StandardAccess.isEditor(standard, actor)) {
            throw RuleViolation.forbidden("editors", Text.of("drafting.only_editors_choose_editors",
                    standard.reference));
        }
        Set<String> editors = new LinkedHashSet<>();
        for (String username : usernames == null ? List.<String> of() : usernames) {
            String editor = DraftingTexts.editor(username);
            if (!editor.isEmpty()) {
                editors.add(editor);
            }
        }
        if (editors.isEmpty()) {
            throw RuleViolation.invalid("editors", Text.of("drafting.editor_needed"));
        }
        standard.editors = String.join(",", editors);
        history.record(new EditorsChanged(standardId.toString(), List.copyOf(editors), actor.username(),
                Instant.now()), null, HistoryLine.editorsChanged(editors), null);
    }

    /** Headings become clauses, in order and nesting; the text under each heading becomes its first revision. */
    @Transactional
    public UUID importMarkdown(Actor actor, String reference, String title, String markdown) {
        if (markdown != null && markdown.length() > MAX_IMPORT_LENGTH) {
            throw RuleViolation.invalid("markdown", Text.of("drafting.import_too_long", markdown.length(),
                    MAX_IMPORT_LENGTH));
        }
        ImportedStandard imported = MarkdownImport.parse(markdown == null ? "" : markdown);
        String chosenTitle = title == null || title.isBlank() ? imported.title() : title;
        UUID standardId = create(actor, reference, chosenTitle, imported.scope(), List.of());
        List<UUID> openAtDepth = new ArrayList<>();
        List<ClauseEditing.NewClause> newClauses = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (ImportedClause clause : imported.clauses()) {
            int depth = Math.min(clause.depth(), openAtDepth.size());
            while (openAtDepth.size() > depth) {
                openAtDepth.removeLast();
            }
            UUID id = UUID.randomUUID();
            newClauses.add(new ClauseEditing.NewClause(depth == 0 ? null : openAtDepth.get(depth - 1), clause.kind(),
                    clause.heading(), clause.text()));
            ids.add(id);
            openAtDepth.add(id);
        }
        clauses.append(actor, standardId, newClauses, ids);
        return standardId;
    }
}
