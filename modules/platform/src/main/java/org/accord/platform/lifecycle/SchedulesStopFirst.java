package org.accord.platform.lifecycle;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduler;

/**
 * On shutdown, no scheduled job starts any more, before any other part of the application stops: a job started while
 * the database and the broker are closing would fail. Each job waits for its own run in progress when it stops.
 */
@ApplicationScoped
class SchedulesStopFirst {

    void pause(@Observes @Priority(0) ShutdownEvent event, Scheduler scheduler) {
        scheduler.pause();
    }
}
