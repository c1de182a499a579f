package org.accord.voting.internal.domain;

import org.accord.platform.i18n.Text;

/** A rule that cannot be used, with the reason for whoever asked for it; the message is that reason in English. */
public final class InvalidRule extends IllegalArgumentException {

    private final transient Text reason;

    InvalidRule(Text reason) {
        super(reason.toString());
        this.reason = reason;
    }

    public Text reason() {
        return reason;
    }
}
