package org.accord.review.internal.app;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.accord.platform.lifecycle.ClockTicks;
import org.accord.review.internal.persistence.ReviewRepositories;
import org.accord.review.internal.persistence.ReviewRows;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Opens and closes rounds at their times and looks at each for balance as its last fifth begins. Due rounds are locked
 * with SKIP LOCKED, so with several application instances each happens exactly once; ticks in one instance may run side
 * by side as well, as they would in two. On shutdown, ticks in progress complete and no other starts.
 */
@ApplicationScoped
public class RoundClock {

    /** Who opens and closes rounds on time, and why it closes them, as the round's events have always named them. */
    static final String BY = "the round's clock";
    static final String CLOSING_TIME_REACHED = "Closing time reached";

    private final ReviewRows rows;
    private final ReviewRepositories.Rounds rounds;
    private final RoundAdministration administration;
    private final ClockTicks ticks = new ClockTicks();

    RoundClock(ReviewRows rows, ReviewRepositories.Rounds rounds, RoundAdministration administration) {
        this.rows = rows;
        this.rounds = rounds;
        this.administration = administration;
    }

    @Scheduled(every = "${accord.review.clock-interval}", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void tick() {
        ticks.run(this::openCloseAndCheckDue);
    }

    void stop(@Observes ShutdownEvent event) {
        ticks.stop();
    }

    private void openCloseAndCheckDue() {
        Instant now = Instant.now();
        for (UUID id : rows.lockDue("SCHEDULED", "opens_at", now)) {
            administration.begin(rounds.findById(id), BY);
        }
        for (UUID id : rows.lockInLastFifth(now)) {
            administration.checkBalance(rounds.findById(id));
        }
        for (UUID id : rows.lockDue("OPEN", "closes_at", now)) {
            administration.finish(rounds.findById(id), null, null);
        }
    }
}
