package org.accord.voting.internal.app;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.accord.voting.internal.domain.BallotBox;
import org.accord.voting.internal.domain.Position;
import org.accord.voting.internal.persistence.BallotRows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Moves the votes of secret ballots that were opened before ballot boxes existed into a box of their own, once, at
 * start-up: the ballot keeps counting them, and the public rows keep only who voted.
 */
@ApplicationScoped
class SecretBallotUpgrade {

    void sealEarlierVotes(@Observes StartupEvent startup, BallotRows rows, BallotKeys keys) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (UUID ballotId : rows.lockSecretBallotsWithoutBox()) {
                if (rows.wrappedKey(ballotId).isEmpty()) {
                    keys.create(ballotId);
                }
                BallotBox box = keys.boxOf(ballotId);
                for (BallotRows.CountedVote vote : rows.votes(ballotId)) {
                    if (vote.position() != null) {
                        byte[] tag = box.tagOf(vote.memberId());
                        rows.putInBox(ballotId, tag, box.seal(tag, new BallotBox.Paper(
                                Position.valueOf(vote.position()), vote.reason())));
                    }
                }
                rows.forgetPositions(ballotId);
            }
        });
    }
}
