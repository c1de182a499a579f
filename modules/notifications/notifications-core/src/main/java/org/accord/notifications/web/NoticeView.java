package org.accord.notifications.web;

import java.time.Instant;
import java.util.UUID;

/** A notice in the reader's words, as the inbox page and the API show it. */
public record NoticeView(UUID id, String kind, String title, String line, String link, Instant createdAt,
        Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
