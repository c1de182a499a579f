package org.accord.notifications.internal.domain;

/**
 * What a live update asks of an open page: fetch again the parts that follow the stream ({@code update}), show the page
 * afresh because the subject ended ({@code closed}), or show it afresh because updates may have been missed
 * ({@code reset}).
 */
public enum LiveEvent {
    UPDATE("update"), CLOSED("closed"), RESET("reset");

    private final String wireName;

    LiveEvent(String wireName) {
        this.wireName = wireName;
    }

    /** The SSE event name, which the page listens for. */
    public String wireName() {
        return wireName;
    }
}
