package org.accord.membership.internal.domain;

import org.accord.platform.errors.TextRules;

/** Why an administrator made a change; the record of every decision needs one. */
public record Reason(String text) {

    public static final int MAX_LENGTH = 1000;

    public Reason {
        text = TextRules.plainText("reason", "Reason", text, MAX_LENGTH, true);
    }
}
