package org.accord.voting.internal.app;

import org.accord.platform.i18n.Text;

/** A ballot's status as people read it, in a sentence or a list: "open", "closed". */
public final class StatusNames {

    private StatusNames() {
    }

    public static Text of(String status) {
        return switch (status) {
            case "SCHEDULED" -> Text.of("voting.status_scheduled");
            case "OPEN" -> Text.of("voting.status_open");
            case "CLOSED" -> Text.of("voting.status_closed");
            case "CANCELLED" -> Text.of("voting.status_cancelled");
            default -> throw new IllegalArgumentException("A ballot has no status " + status);
        };
    }
}
