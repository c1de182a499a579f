package org.accord.voting.api.events;

import java.time.Instant;

import org.accord.platform.events.IntegrationEvent;

/** Every event on topic {@code accord.voting.v1}; the subject is the ballot. */
public sealed interface VotingEvent extends IntegrationEvent permits BallotOpened, VoteRecorded, BallotClosed,
        BallotCancelled {

    String ballotId();

    Instant at();

    @Override
    default String subject() {
        return ballotId();
    }
}
