package org.accord.voting.internal.app;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.voting.internal.persistence.BallotEntity;
import org.accord.voting.internal.persistence.BallotRows;
import org.accord.voting.internal.persistence.VotingRepositories;

import io.quarkus.scheduler.Scheduled;

/**
 * Opens and closes ballots at their times. Due ballots are locked with SKIP LOCKED, so with several application
 * instances each ballot opens and closes exactly once.
 */
@ApplicationScoped
public class BallotClock {

    static final String BY = "the ballot's clock";

    private final BallotRows rows;
    private final VotingRepositories.Ballots ballots;
    private final BallotAdministration administration;

    BallotClock(BallotRows rows, VotingRepositories.Ballots ballots, BallotAdministration administration) {
        this.rows = rows;
        this.ballots = ballots;
        this.administration = administration;
    }

    @Scheduled(every = "${accord.voting.clock-interval}", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void tick() {
        Instant now = Instant.now();
        for (UUID id : rows.lockDue("SCHEDULED", "opens_at", now)) {
            administration.begin(ballots.findById(id), BY);
        }
        for (UUID id : rows.lockDue("OPEN", "closes_at", now)) {
            BallotEntity ballot = ballots.findById(id);
            administration.finish(ballot, BY, "Closing time reached");
        }
    }
}
