package org.accord.verifylog;

import java.io.IOException;

/** Text that is not JSON, or JSON that does not have the form the log's contract gives it. */
final class MalformedJsonException extends IOException {

    MalformedJsonException(String message) {
        super(message);
    }
}
