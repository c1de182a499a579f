package org.accord.notifications.internal.app;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.accord.notifications.internal.domain.ActivityKind;
import org.accord.notifications.internal.domain.NoticeKind;
import org.accord.notifications.internal.persistence.MemberRows;
import org.accord.notifications.internal.persistence.RoundRows;
import org.accord.notifications.internal.persistence.StandardRows;
import org.accord.review.api.events.CommentDisposed;
import org.accord.review.api.events.CommentHidden;
import org.accord.review.api.events.CommentRoundClosed;
import org.accord.review.api.events.CommentRoundExtended;
import org.accord.review.api.events.CommentRoundOpened;
import org.accord.review.api.events.CommentSubmitted;
import org.accord.review.api.events.CommentWithdrawn;
import org.accord.review.api.events.ReviewEvent;

/**
 * Keeps the comment rounds and who wrote which comment (never what it says); commenters follow the standard; followers
 * hear of a round opening and each author of the disposition of their comments.
 */
@ApplicationScoped
public class ReviewIntake {

    /** The events of review this intake takes. */
    public static final List<Class<? extends ReviewEvent>> EVENTS = List.of(CommentRoundOpened.class,
            CommentRoundExtended.class, CommentRoundClosed.class, CommentSubmitted.class, CommentDisposed.class,
            CommentWithdrawn.class, CommentHidden.class);

    private final RoundRows rounds;
    private final StandardRows standards;
    private final MemberRows members;
    private final NoticeWriting notices;
    private final Activities activities;
    private final NeedsSignal needs;

    ReviewIntake(RoundRows rounds, StandardRows standards, MemberRows members, NoticeWriting notices,
            Activities activities, NeedsSignal needs) {
        this.rounds = rounds;
        this.standards = standards;
        this.members = members;
        this.notices = notices;
        this.activities = activities;
        this.needs = needs;
    }

    @Transactional(TxType.MANDATORY)
    public void take(UUID eventId, ReviewEvent event) {
        UUID roundId = UUID.fromString(event.roundId());
        switch (event) {
            case CommentRoundOpened opened -> open(eventId, roundId, opened);
            case CommentRoundExtended extended -> rounds.extend(roundId, extended.closesAt());
            case CommentRoundClosed closed -> {
                UUID standardId = UUID.fromString(closed.standardId());
                rounds.close(roundId);
                activities.record(eventId, standardId, ActivityKind.ROUND_CLOSED, Notice.params("roundId", roundId,
                        "title", closed.title()), closed.at());
                needs.changed(eventId, standards.followers(standardId), closed.at());
            }
            case CommentSubmitted submitted -> {
                UUID standardId = UUID.fromString(submitted.standardId());
                rounds.addComment(UUID.fromString(submitted.commentId()), roundId, standardId, submitted.number(),
                        submitted.by());
                standards.followAutomatically(standardId, List.of(submitted.by()), submitted.at());
                needs.changed(eventId, members.idsOf(List.of(submitted.by())), submitted.at());
            }
            case CommentDisposed disposed -> dispose(eventId, roundId, disposed);
            case CommentWithdrawn withdrawn -> forget(eventId, withdrawn.commentId(), withdrawn);
            case CommentHidden hidden -> forget(eventId, hidden.commentId(), hidden);
            default -> throw new IllegalArgumentException("Not among the events taken: " + event);
        }
    }

    private void open(UUID eventId, UUID roundId, CommentRoundOpened opened) {
        UUID standardId = UUID.fromString(opened.standardId());
        rounds.open(roundId, standardId, opened.title(), opened.closesAt(), opened.visibleWhileOpen());
        String reference = standards.find(standardId).map(StandardRows.Standard::reference).orElse("");
        List<UUID> followers = standards.followers(standardId);
        notices.send(new Notice(NoticeKind.ROUND_OPENED, eventId, roundId, Notice.params("roundId", roundId,
                "title", opened.title(), "reference", reference, "label", opened.versionLabel(), "closesAt",
                opened.closesAt()), opened.by(), opened.at()), followers);
        activities.record(eventId, standardId, ActivityKind.ROUND_OPENED, Notice.params("roundId", roundId, "title",
                opened.title(), "label", opened.versionLabel()), opened.at());
        needs.changed(eventId, followers, opened.at());
    }

    private void dispose(UUID eventId, UUID roundId, CommentDisposed disposed) {
        UUID standardId = UUID.fromString(disposed.standardId());
        rounds.dispose(disposed.commentIds().stream().map(UUID::fromString).toList(), disposed.disposition(),
                disposed.at());
        String reference = standards.find(standardId).map(StandardRows.Standard::reference).orElse("");
        List<UUID> authors = members.idsOf(disposed.authors());
        notices.send(new Notice(NoticeKind.COMMENT_DISPOSED, eventId, UUID.fromString(disposed.dispositionId()),
                Notice.params("roundId", roundId, "standardId", standardId, "reference", reference, "disposition",
                        disposed.disposition()),
                disposed.by(), disposed.at()), authors);
        activities.record(eventId, standardId, ActivityKind.COMMENTS_DISPOSED, Notice.params("roundId", roundId,
                "disposition", disposed.disposition(), "comments", disposed.commentIds().size()), disposed.at());
        needs.changed(eventId, authors, disposed.at());
    }

    private void forget(UUID eventId, String commentId, ReviewEvent event) {
        rounds.removeComment(UUID.fromString(commentId))
                .ifPresent(author -> needs.changed(eventId, members.idsOf(List.of(author)), event.at()));
    }
}
