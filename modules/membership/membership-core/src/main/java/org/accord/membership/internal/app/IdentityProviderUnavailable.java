package org.accord.membership.internal.app;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;

/** The identity provider could not be reached or refused the change; nothing was stored. */
public class IdentityProviderUnavailable extends RuleViolation {

    public IdentityProviderUnavailable(Text message, Throwable cause) {
        super(Kind.UNAVAILABLE, null, message);
        initCause(cause);
    }
}
