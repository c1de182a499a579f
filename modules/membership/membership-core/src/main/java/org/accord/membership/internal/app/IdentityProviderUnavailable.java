package org.accord.membership.internal.app;

import org.accord.platform.errors.RuleViolation;

/** The identity provider could not be reached or refused the change; nothing was stored. */
public class IdentityProviderUnavailable extends RuleViolation {

    public IdentityProviderUnavailable(String message, Throwable cause) {
        super(Kind.UNAVAILABLE, null, message);
        initCause(cause);
    }
}
