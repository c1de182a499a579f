package org.accord.platform.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** What a refusal by the HTTP layer means for the person who sent the request. */
final class StatusDetails {

    private StatusDetails() {
    }

    /** Whether the framework's own message for this status speaks of its annotations rather than of the request. */
    static boolean explains(Response.StatusType status) {
        int code = status.getStatusCode();
        return code == 405 || code == 406 || code == 415;
    }

    static String of(Response.StatusType status, MediaType bodyType) {
        return switch (status.getStatusCode()) {
            case 400 -> "The request is malformed: check its parameters and body.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not take this method.";
            case 406 -> "This address cannot answer in a media type the Accept header allows.";
            case 413 -> "The request body is too large.";
            case 415 -> "This address does not take a body of type '" + bodyType + "'.";
            default -> status.getReasonPhrase();
        };
    }
}
