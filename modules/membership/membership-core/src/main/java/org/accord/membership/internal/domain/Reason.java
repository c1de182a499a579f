package org.accord.membership.internal.domain;

import org.accord.platform.errors.TextRules;
import org.accord.platform.i18n.Text;

/** Why an administrator made a change; the record of every decision needs one. */
public record Reason(String text) {

    public static final int MAX_LENGTH = 1000;

    public Reason {
        text = TextRules.plainText("reason", Text.of("membership.field_reason"), text, MAX_LENGTH, true);
    }
}
