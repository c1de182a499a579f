package org.accord.voting.internal.app;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.accord.platform.lifecycle.ClockTicks;
import org.accord.voting.internal.persistence.BallotRows;
import org.accord.voting.internal.persistence.VotingRepositories;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Opens and closes ballots at their times. Due ballots are locked with SKIP LOCKED, so with several application
 * instances each ballot opens and closes exactly once. On shutdown, a tick in progress completes and no other starts.
 */
@ApplicationScoped
public class BallotClock {

    /** Who opened or closed a ballot, and why, as the events have always said it; pages word it themselves. */
    static final String BY = "the ballot's clock";
    static final String REASON = "Closing time reached";

    private final BallotRows rows;
    private final VotingRepositories.Ballots ballots;
    private final BallotAdministration administration;
    private final ClockTicks ticks = new ClockTicks();

    BallotClock(BallotRows rows, VotingRepositories.Ballots ballots, BallotAdministration administration) {
        this.rows = rows;
        this.ballots = ballots;
        this.administration = administration;
    }

    @Scheduled(every = "${accord.voting.clock-interval}", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void tick() {
        ticks.run(this::openAndCloseDue);
    }

    void stop(@Observes ShutdownEvent event) {
        ticks.stop();
    }

    private void openAndCloseDue() {
        Instant now = Instant.now();
        for (UUID id : rows.lockDue("SCHEDULED", "opens_at", now)) {
            administration.begin(ballots.findById(id), BY);
        }
        for (UUID id : rows.lockDue("OPEN", "closes_at", now)) {
            administration.finishOnTime(ballots.findById(id));
        }
    }
}
