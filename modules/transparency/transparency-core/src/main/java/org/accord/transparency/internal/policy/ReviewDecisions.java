package org.accord.transparency.internal.policy;

import java.util.List;

import org.accord.review.api.events.CommentDisposed;
import org.accord.review.api.events.CommentHidden;
import org.accord.review.api.events.CommentRevised;
import org.accord.review.api.events.CommentRoundClosed;
import org.accord.review.api.events.CommentRoundExtended;
import org.accord.review.api.events.CommentRoundOpened;
import org.accord.review.api.events.CommentRoundUnbalanced;
import org.accord.review.api.events.CommentSubmitted;
import org.accord.review.api.events.CommentWithdrawn;
import org.accord.review.api.events.DispositionResponded;

import static org.accord.transparency.internal.policy.Decision.notPublished;
import static org.accord.transparency.internal.policy.Decision.publish;

/**
 * Comment rounds with their counts, dispositions counted by type, and the tombstone of each hidden comment. What a
 * member wrote, and who wrote what, stay with review.
 */
final class ReviewDecisions {

    private ReviewDecisions() {
    }

    static List<Decision> all() {
        return List.of(
                publish(CommentRoundOpened.class, "comment_round.opened", (opened, directory) -> Decision.Draft.of(
                        opened.at(), opened.standardId(),
                        Facts.of().with("roundId", opened.roundId()).with("versionId", opened.draftVersionId())
                                .with("versionLabel", opened.versionLabel()).with("title", opened.title())
                                .with("opensAt", opened.opensAt()).with("closesAt", opened.closesAt())
                                .with("visibleWhileOpen", opened.visibleWhileOpen())
                                .withActor(opened.by(), directory))),
                publish(CommentRoundExtended.class, "comment_round.extended", (extended, directory) -> Decision.Draft
                        .of(extended.at(), extended.standardId(),
                                Facts.of().with("roundId", extended.roundId())
                                        .with("previousClosesAt", extended.previousClosesAt())
                                        .with("closesAt", extended.closesAt()).withActor(extended.by(), directory))),
                publish(CommentRoundClosed.class, "comment_round.closed", (closed, directory) -> Decision.Draft.of(
                        closed.at(), closed.standardId(),
                        Facts.of().with("roundId", closed.roundId()).with("versionId", closed.draftVersionId())
                                .with("title", closed.title()).with("comments", closed.comments())
                                .with("undisposed", closed.undisposed()).with("early", closed.early())
                                .withActor(closed.by(), directory))),
                publish(CommentDisposed.class, "comment.disposed", (disposed, directory) -> Decision.Draft.of(
                        disposed.at(), disposed.standardId(),
                        Facts.of().with("roundId", disposed.roundId()).with("versionId", disposed.draftVersionId())
                                .with("dispositionId", disposed.dispositionId())
                                .with("disposition", disposed.disposition())
                                .with("comments", disposed.commentIds().size())
                                .with("undisposed", disposed.undisposed()).withActor(disposed.by(), directory))),
                publish(CommentHidden.class, "comment.hidden", (hidden, directory) -> Decision.Draft.of(hidden.at(),
                        hidden.standardId(),
                        Facts.of().with("roundId", hidden.roundId()).with("commentId", hidden.commentId())
                                .with("role", "moderator").withActor(hidden.by(), directory))),
                notPublished(CommentSubmitted.class, "a member's comment: its words never travel, and the round's"
                        + " closing entry counts the comments"),
                notPublished(CommentRevised.class, "an author's edit of their own comment"),
                notPublished(CommentWithdrawn.class, "an author taking back their own comment; the closing count"
                        + " leaves it out"),
                notPublished(DispositionResponded.class, "one commenter's answer to the disposition of their"
                        + " comment"),
                notPublished(CommentRoundUnbalanced.class, "a reminder while the round runs, not a decision; it tells"
                        + " who has not commented yet in a round that may keep its comments from view until it"
                        + " closes"));
    }
}
