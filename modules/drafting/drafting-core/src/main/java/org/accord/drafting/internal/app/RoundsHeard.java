package org.accord.drafting.internal.app;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.accord.drafting.api.contracts.CommentDisposed;
import org.accord.drafting.api.contracts.CommentHidden;
import org.accord.drafting.api.contracts.CommentRoundClosed;
import org.accord.drafting.api.contracts.CommentRoundOpened;
import org.accord.drafting.internal.persistence.ReviewRounds;
import org.accord.platform.events.PoisonEventException;

/**
 * What drafting keeps of review's comment rounds: which round is on which draft version, whether it closed, and how
 * many of its comments still wait for a disposition. Each event is applied so that hearing it twice, or late, changes
 * nothing more: after a round closed its count only falls. A count heard for a round drafting does not know yet is
 * dropped, since a round's events arrive in order and its close carries the count anyway.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class RoundsHeard {

    private final ReviewRounds rounds;

    RoundsHeard(ReviewRounds rounds) {
        this.rounds = rounds;
    }

    public void opened(CommentRoundOpened opened) {
        rounds.opened(id("CommentRoundOpened", "roundId", opened.roundId()),
                id("CommentRoundOpened", "standardId", opened.standardId()),
                id("CommentRoundOpened", "draftVersionId", opened.draftVersionId()), title(opened.title()));
    }

    public void closed(CommentRoundClosed closed) {
        rounds.closed(id("CommentRoundClosed", "roundId", closed.roundId()),
                id("CommentRoundClosed", "standardId", closed.standardId()),
                id("CommentRoundClosed", "draftVersionId", closed.draftVersionId()), title(closed.title()),
                count("CommentRoundClosed", closed.undisposed()));
    }

    public void disposed(CommentDisposed disposed) {
        rounds.counted(id("CommentDisposed", "roundId", disposed.roundId()),
                count("CommentDisposed", disposed.undisposed()));
    }

    public void hidden(CommentHidden hidden) {
        rounds.counted(id("CommentHidden", "roundId", hidden.roundId()), count("CommentHidden", hidden.undisposed()));
    }

    private static UUID id(String event, String field, String value) {
        if (value == null) {
            throw new PoisonEventException(event + " lacks its " + field);
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(event + " has a " + field + " that is not a UUID: " + value);
        }
    }

    private static int count(String event, int undisposed) {
        if (undisposed < 0) {
            throw new PoisonEventException(event + " counts " + undisposed + " comments without a disposition");
        }
        return undisposed;
    }

    /** Blank for a round without a title; refusals name it as untitled in the reader's language. */
    private static String title(String title) {
        return title == null ? "" : title.strip();
    }
}
