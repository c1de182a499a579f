package org.accord.testing;

import java.util.List;
import java.util.Map;

/**
 * A message the local SMTP server received, as its mailbox endpoint lists it: header names as sent, values unfolded and
 * in the order they came.
 */
public record ReceivedMail(List<String> to, String from, String subject, Map<String, List<String>> headers,
        String text, String html) {

    /** The first value of a header, whatever the case of its name, or null. */
    public String header(String name) {
        return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                .flatMap(header -> header.getValue().stream()).findFirst().orElse(null);
    }
}
