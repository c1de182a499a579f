package org.accord.platform.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.accord.platform.i18n.Text;

/** What a refusal by the HTTP layer means for the person who sent the request. */
final class StatusDetails {

    private StatusDetails() {
    }

    /** Whether the framework's own message for this status speaks of its annotations rather than of the request. */
    static boolean explains(Response.StatusType status) {
        int code = status.getStatusCode();
        return code == 404 || code == 405 || code == 406 || code == 415;
    }

    static Text of(Response.StatusType status, MediaType bodyType) {
        return switch (status.getStatusCode()) {
            case 400 -> Text.of("platform.status_400");
            case 404 -> Text.of("platform.status_404");
            case 405 -> Text.of("platform.status_405");
            case 406 -> Text.of("platform.status_406");
            case 413 -> Text.of("platform.status_413");
            case 415 -> Text.of("platform.status_415", String.valueOf(bodyType));
            default -> Text.of("platform.literal", status.getReasonPhrase());
        };
    }
}
