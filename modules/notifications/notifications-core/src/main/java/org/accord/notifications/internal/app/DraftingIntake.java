package org.accord.notifications.internal.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.accord.drafting.api.events.ClauseAdded;
import org.accord.drafting.api.events.ClauseRevised;
import org.accord.drafting.api.events.DraftVersionPublished;
import org.accord.drafting.api.events.DraftingEvent;
import org.accord.drafting.api.events.EditorsChanged;
import org.accord.drafting.api.events.StageChanged;
import org.accord.drafting.api.events.StandardCreated;
import org.accord.drafting.api.events.SuggestionDecided;
import org.accord.drafting.api.events.SuggestionMade;
import org.accord.notifications.internal.domain.ActivityKind;
import org.accord.notifications.internal.domain.NoticeKind;
import org.accord.notifications.internal.persistence.BallotRows;
import org.accord.notifications.internal.persistence.MemberRows;
import org.accord.notifications.internal.persistence.StandardRows;
import org.accord.notifications.internal.persistence.SuggestionRows;
import org.accord.platform.security.Roles;

/**
 * Keeps the standards, their editors, versions and suggestions; those who edit, write or suggest follow the standard;
 * followers hear of stage changes and authors of the decision on their suggestion.
 */
@ApplicationScoped
public class DraftingIntake {

    /** The events of drafting this intake takes. */
    public static final List<Class<? extends DraftingEvent>> EVENTS = List.of(StandardCreated.class,
            EditorsChanged.class, ClauseAdded.class, ClauseRevised.class, SuggestionMade.class,
            SuggestionDecided.class, DraftVersionPublished.class, StageChanged.class);

    private final StandardRows standards;
    private final SuggestionRows suggestions;
    private final BallotRows ballots;
    private final MemberRows members;
    private final NoticeWriting notices;
    private final Activities activities;
    private final NeedsSignal needs;

    DraftingIntake(StandardRows standards, SuggestionRows suggestions, BallotRows ballots, MemberRows members,
            NoticeWriting notices, Activities activities, NeedsSignal needs) {
        this.standards = standards;
        this.suggestions = suggestions;
        this.ballots = ballots;
        this.members = members;
        this.notices = notices;
        this.activities = activities;
        this.needs = needs;
    }

    @Transactional(TxType.MANDATORY)
    public void take(UUID eventId, DraftingEvent event) {
        UUID standardId = UUID.fromString(event.standardId());
        Set<UUID> changed = new HashSet<>();
        switch (event) {
            case StandardCreated created -> {
                standards.create(standardId, created.reference(), created.title(), created.editors());
                standards.followAutomatically(standardId, created.editors(), created.at());
            }
            case EditorsChanged editorsChanged -> {
                List<String> before = standards.find(standardId).map(StandardRows.Standard::editors)
                        .orElse(List.of());
                standards.changeEditors(standardId, editorsChanged.editors());
                standards.followAutomatically(standardId, editorsChanged.editors(), editorsChanged.at());
                List<String> both = new ArrayList<>(before);
                both.addAll(editorsChanged.editors());
                changed.addAll(members.idsOf(both));
            }
            case ClauseAdded added -> standards.followAutomatically(standardId, List.of(added.by()), added.at());
            case ClauseRevised revised -> {
                standards.followAutomatically(standardId, List.of(revised.by()), revised.at());
                activities.record(eventId, standardId, ActivityKind.CLAUSE_REVISED, Notice.params("clauseId",
                        revised.clauseId(), "heading", revised.heading(), "by", members.nameOf(revised.by())),
                        revised.at());
            }
            case SuggestionMade made -> {
                suggestions.make(UUID.fromString(made.suggestionId()), standardId, UUID.fromString(made.clauseId()),
                        made.by(), made.at());
                standards.followAutomatically(standardId, List.of(made.by()), made.at());
                activities.record(eventId, standardId, ActivityKind.SUGGESTION_MADE, Notice.params("clauseId",
                        made.clauseId(), "by", members.nameOf(made.by())), made.at());
                changed.addAll(editorsOf(standardId));
            }
            case SuggestionDecided decided -> changed.addAll(decide(eventId, standardId, decided));
            case DraftVersionPublished published -> {
                standards.addVersion(UUID.fromString(published.versionId()), standardId, published.label());
                activities.record(eventId, standardId, ActivityKind.VERSION_PUBLISHED, Notice.params("label",
                        published.label(), "by", members.nameOf(published.by())), published.at());
            }
            case StageChanged stageChanged -> changed.addAll(changeStage(eventId, standardId, stageChanged));
            default -> throw new IllegalArgumentException("Not among the events taken: " + event);
        }
        needs.changed(eventId, changed, event.at());
    }

    private List<UUID> decide(UUID eventId, UUID standardId, SuggestionDecided decided) {
        List<UUID> changed = new ArrayList<>(editorsOf(standardId));
        String reference = standards.find(standardId).map(StandardRows.Standard::reference).orElse("");
        suggestions.decide(UUID.fromString(decided.suggestionId())).ifPresent(author -> {
            List<UUID> authors = members.idsOf(List.of(author));
            notices.send(new Notice(NoticeKind.SUGGESTION_DECIDED, eventId, UUID.fromString(decided.suggestionId()),
                    Notice.params("standardId", standardId, "reference", reference, "clauseId", decided.clauseId(),
                            "accepted", decided.accepted()),
                    decided.by(), decided.at()), authors);
            changed.addAll(authors);
        });
        activities.record(eventId, standardId, ActivityKind.SUGGESTION_DECIDED, Notice.params("clauseId",
                decided.clauseId(), "accepted", decided.accepted(), "by", members.nameOf(decided.by())),
                decided.at());
        return changed;
    }

    private List<UUID> changeStage(UUID eventId, UUID standardId, StageChanged changed) {
        standards.changeStage(standardId, changed.to());
        StandardRows.Standard standard = standards.find(standardId).orElse(null);
        List<UUID> told = new ArrayList<>(notices.send(new Notice(NoticeKind.STAGE_CHANGED, eventId, standardId,
                Notice.params("standardId", standardId, "reference", standard == null ? "" : standard.reference(),
                        "title", standard == null ? "" : standard.title(), "from", changed.from(), "to",
                        changed.to()),
                changed.by(), changed.at()), standards.followers(standardId)));
        if (changed.ballotId() != null && ballots.stageTaken(UUID.fromString(changed.ballotId()))) {
            told.addAll(members.withRole(Roles.MODERATOR));
        }
        activities.record(eventId, standardId, ActivityKind.STAGE_CHANGED, Notice.params("from", changed.from(),
                "to", changed.to(), "by", members.nameOf(changed.by())), changed.at());
        return told;
    }

    private List<UUID> editorsOf(UUID standardId) {
        return members.idsOf(standards.find(standardId).map(StandardRows.Standard::editors).orElse(List.of()));
    }
}
