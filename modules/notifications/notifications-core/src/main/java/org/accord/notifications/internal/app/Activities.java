package org.accord.notifications.internal.app;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.notifications.internal.domain.ActivityKind;
import org.accord.notifications.internal.persistence.StandardRows;

/** Records what happened on a standard for its followers' home pages, once per event. */
@ApplicationScoped
class Activities {

    private final StandardRows standards;
    private final NoticeWriting notices;

    Activities(StandardRows standards, NoticeWriting notices) {
        this.standards = standards;
        this.notices = notices;
    }

    void record(UUID eventId, UUID standardId, ActivityKind kind, Map<String, String> params, Instant at) {
        if (standardId != null) {
            standards.recordActivity(eventId, standardId, kind.name(), notices.json(params), at);
        }
    }
}
