package org.accord.notifications.internal.domain;

import java.util.UUID;

import org.accord.drafting.api.DraftingModule;
import org.accord.platform.module.ModuleName;
import org.accord.review.api.ReviewModule;
import org.accord.voting.api.VotingModule;

/**
 * What an open page follows: one ballot, standard or comment round, or what needs one member. The updates of a ballot,
 * standard or round all come from one partition of its module's topic (the subject is the record's key), so they can be
 * resumed from a position; a member's come from anywhere and are never resumed: their page fetches its state on every
 * connection instead.
 */
public record LiveStream(Kind kind, UUID id) {

    /** The kinds of stream, each with the module whose topic feeds it; a member's is fed by several. */
    public enum Kind {
        BALLOT(VotingModule.NAME), STANDARD(DraftingModule.NAME), ROUND(ReviewModule.NAME), MEMBER(null);

        private final ModuleName source;

        Kind(ModuleName source) {
            this.source = source;
        }

        public boolean resumable() {
            return source != null;
        }

        /** The topic every update of such a stream comes from; a member's stream has none. */
        public String topic() {
            if (source == null) {
                throw new IllegalStateException("A member's updates come from no one topic");
            }
            return source.topic();
        }
    }

    public LiveStream {
        if (kind == null || id == null) {
            throw new IllegalArgumentException("A live stream has a kind and an id");
        }
    }

    public static LiveStream ballot(UUID ballotId) {
        return new LiveStream(Kind.BALLOT, ballotId);
    }

    public static LiveStream standard(UUID standardId) {
        return new LiveStream(Kind.STANDARD, standardId);
    }

    public static LiveStream round(UUID roundId) {
        return new LiveStream(Kind.ROUND, roundId);
    }

    public static LiveStream member(UUID memberId) {
        return new LiveStream(Kind.MEMBER, memberId);
    }
}
