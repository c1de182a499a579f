package org.accord.transparency.internal.policy;

import java.util.List;

import org.accord.drafting.api.events.ClauseAdded;
import org.accord.drafting.api.events.ClauseMoved;
import org.accord.drafting.api.events.ClauseRemoved;
import org.accord.drafting.api.events.ClauseRevised;
import org.accord.drafting.api.events.DraftVersionPublished;
import org.accord.drafting.api.events.EditorsChanged;
import org.accord.drafting.api.events.StageChanged;
import org.accord.drafting.api.events.StandardCreated;
import org.accord.drafting.api.events.SuggestionDecided;
import org.accord.drafting.api.events.SuggestionMade;

import static org.accord.transparency.internal.policy.Decision.notPublished;
import static org.accord.transparency.internal.policy.Decision.publish;

/**
 * A standard, who edits it, each frozen version by its content hash, and each step of its stage. The words themselves
 * enter the log only through the hash of the version that holds them.
 */
final class DraftingDecisions {

    private static final String WORDS = "the words are being written; the draft version that holds them is"
            + " published with its content hash";

    private DraftingDecisions() {
    }

    static List<Decision> all() {
        return List.of(
                publish(StandardCreated.class, "standard.created", (created, directory) -> Decision.Draft.of(
                        created.at(), created.standardId(),
                        Facts.of().with("reference", created.reference()).with("title", created.title())
                                .with("scope", created.scope()).with("editors", names(created.editors(), directory))
                                .withActor(created.by(), directory))),
                publish(EditorsChanged.class, "standard.editors_changed", (changed, directory) -> Decision.Draft.of(
                        changed.at(), changed.standardId(),
                        Facts.of().with("editors", names(changed.editors(), directory))
                                .withActor(changed.by(), directory))),
                publish(DraftVersionPublished.class, "version.published", (published, directory) -> Decision.Draft
                        .of(published.at(), published.standardId(),
                                Facts.of().with("versionId", published.versionId()).with("label", published.label())
                                        .with("stage", published.stage()).with("contentHash", published.contentHash())
                                        .with("clauses", published.clauses().size())
                                        .withActor(published.by(), directory))),
                publish(StageChanged.class, "stage.changed", (changed, directory) -> Decision.Draft.of(changed.at(),
                        changed.standardId(),
                        Facts.of().with("from", changed.from()).with("to", changed.to())
                                .with("ballotId", changed.ballotId()).with("contentHash", changed.contentHash())
                                .withActor(changed.by(), directory))),
                notPublished(ClauseAdded.class, WORDS),
                notPublished(ClauseRevised.class, WORDS),
                notPublished(ClauseMoved.class, WORDS),
                notPublished(ClauseRemoved.class, WORDS),
                notPublished(SuggestionMade.class, "a member's proposal, in their words; what an editor takes from"
                        + " it reaches the log through the next version's hash"),
                notPublished(SuggestionDecided.class, "an editor's answer to one member's proposal, with a reason in"
                        + " their words; the text it changes is published through the next version's hash"));
    }

    /** Editors by name, in the order given; null for one the log does not know by name. */
    private static List<String> names(List<String> usernames, Directory directory) {
        return usernames.stream().map(username -> Facts.nameOf(username, directory)).toList();
    }
}
