package org.accord.notifications.internal.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.drafting.api.events.ClauseAdded;
import org.accord.drafting.api.events.ClauseMoved;
import org.accord.drafting.api.events.ClauseRemoved;
import org.accord.drafting.api.events.ClauseRevised;
import org.accord.drafting.api.events.DraftVersionPublished;
import org.accord.drafting.api.events.StageChanged;
import org.accord.drafting.api.events.SuggestionDecided;
import org.accord.drafting.api.events.SuggestionMade;
import org.accord.notifications.api.events.NeedsChanged;
import org.accord.notifications.internal.domain.FeedPosition;
import org.accord.notifications.internal.domain.LiveEvent;
import org.accord.notifications.internal.domain.LiveStream;
import org.accord.notifications.internal.domain.LiveUpdate;
import org.accord.notifications.internal.domain.StandardChange;
import org.accord.platform.events.EventJson;
import org.accord.platform.events.EventTypes;
import org.accord.platform.events.ReceivedEvent;
import org.accord.review.api.events.CommentDisposed;
import org.accord.review.api.events.CommentHidden;
import org.accord.review.api.events.CommentRevised;
import org.accord.review.api.events.CommentRoundClosed;
import org.accord.review.api.events.CommentRoundExtended;
import org.accord.review.api.events.CommentSubmitted;
import org.accord.review.api.events.CommentWithdrawn;
import org.accord.review.api.events.DispositionResponded;
import org.accord.voting.api.events.BallotCancelled;
import org.accord.voting.api.events.BallotClosed;
import org.accord.voting.api.events.VoteRecorded;

/**
 * Which open pages an event concerns and what they should do: a ballot's page fetches its turnout and standing again
 * after a vote and shows the result once the ballot ends; a round's page fetches its comments again (when it shows
 * them: a round that hides them while open hears only of its extension and close); a standard's page says what changed
 * and by whom; a member's pages fetch what needs them. Only the event's subject and type decide, except for a
 * standard's notice, which reads what the page shows anyway (a clause heading, a version label, a stage) and the name
 * of who made the change, and a round's visibility. Blocking: it may read the database.
 */
@ApplicationScoped
public class LiveUpdates {

    /** An update for the pages that follow one stream. */
    public record Routed(LiveStream stream, LiveUpdate update) {
    }

    private static final Map<String, LiveEvent> BALLOT_EVENTS = Map.of(
            EventTypes.of(VoteRecorded.class), LiveEvent.UPDATE,
            EventTypes.of(BallotClosed.class), LiveEvent.CLOSED,
            EventTypes.of(BallotCancelled.class), LiveEvent.CLOSED);
    private static final Set<String> ROUND_EVENTS = types(CommentRoundExtended.class, CommentRoundClosed.class);
    /** Told only to the pages of a round that shows its comments: otherwise they would reveal its activity. */
    private static final Set<String> COMMENT_EVENTS = types(CommentSubmitted.class, CommentRevised.class,
            CommentWithdrawn.class, CommentHidden.class, CommentDisposed.class, DispositionResponded.class);
    private static final String NEEDS_CHANGED = EventTypes.of(NeedsChanged.class);

    private final EventJson json;
    private final MemberNames names;
    private final RoundVisibility rounds;
    private final Map<String, Function<ReceivedEvent, StandardChange>> standardChanges;

    LiveUpdates(EventJson json, MemberNames names, RoundVisibility rounds) {
        this.json = json;
        this.names = names;
        this.rounds = rounds;
        this.standardChanges = Map.of(
                EventTypes.of(ClauseAdded.class), event -> read(event, ClauseAdded.class,
                        added -> change(StandardChange.Kind.CLAUSE_ADDED, added.heading(), added.by())),
                EventTypes.of(ClauseRevised.class), event -> read(event, ClauseRevised.class,
                        revised -> change(StandardChange.Kind.CLAUSE_REVISED, revised.heading(), revised.by())),
                EventTypes.of(ClauseMoved.class), event -> read(event, ClauseMoved.class,
                        moved -> change(StandardChange.Kind.CLAUSE_MOVED, null, moved.by())),
                EventTypes.of(ClauseRemoved.class), event -> read(event, ClauseRemoved.class,
                        removed -> change(StandardChange.Kind.CLAUSE_REMOVED, null, removed.by())),
                EventTypes.of(SuggestionMade.class), event -> read(event, SuggestionMade.class,
                        made -> change(StandardChange.Kind.SUGGESTION_MADE, null, made.by())),
                EventTypes.of(SuggestionDecided.class), event -> read(event, SuggestionDecided.class,
                        decided -> change(decided.accepted()
                                ? StandardChange.Kind.SUGGESTION_ACCEPTED
                                : StandardChange.Kind.SUGGESTION_DECLINED, null, decided.by())),
                EventTypes.of(DraftVersionPublished.class), event -> read(event, DraftVersionPublished.class,
                        published -> change(StandardChange.Kind.VERSION_PUBLISHED, published.label(),
                                published.by())),
                EventTypes.of(StageChanged.class), event -> read(event, StageChanged.class,
                        changed -> change(StandardChange.Kind.STAGE_CHANGED, changed.to(), changed.by())));
    }

    /** The updates an event read from the feed at {@code position} makes; none for events no page follows. */
    public List<Routed> of(ReceivedEvent event, FeedPosition position) {
        String type = EventTypes.normalized(event.type());
        if (type.equals(NEEDS_CHANGED)) {
            return json.read(event, NeedsChanged.class).memberIds().stream().map(LiveUpdates::uuid)
                    .flatMap(Optional::stream)
                    .map(member -> new Routed(LiveStream.member(member), LiveUpdate.of(LiveEvent.UPDATE, null)))
                    .toList();
        }
        Optional<UUID> subject = uuid(event.subject());
        if (subject.isEmpty()) {
            return List.of();
        }
        if (BALLOT_EVENTS.containsKey(type)) {
            return List.of(new Routed(LiveStream.ballot(subject.get()),
                    LiveUpdate.of(BALLOT_EVENTS.get(type), position)));
        }
        if (ROUND_EVENTS.contains(type)
                || COMMENT_EVENTS.contains(type) && rounds.showsComments(subject.get())) {
            return List.of(new Routed(LiveStream.round(subject.get()), LiveUpdate.of(LiveEvent.UPDATE, position)));
        }
        Function<ReceivedEvent, StandardChange> standardChange = standardChanges.get(type);
        if (standardChange != null) {
            return List.of(new Routed(LiveStream.standard(subject.get()),
                    new LiveUpdate(LiveEvent.UPDATE, position, standardChange.apply(event))));
        }
        return List.of();
    }

    private <T> StandardChange read(ReceivedEvent event, Class<T> type, Function<T, StandardChange> change) {
        return change.apply(json.read(event, type));
    }

    private StandardChange change(StandardChange.Kind kind, String subject, String byUsername) {
        return new StandardChange(kind, subject, byUsername == null ? "?" : names.nameOf(byUsername));
    }

    private static Set<String> types(Class<?>... events) {
        return Stream.of(events).map(EventTypes::of).collect(Collectors.toSet());
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
