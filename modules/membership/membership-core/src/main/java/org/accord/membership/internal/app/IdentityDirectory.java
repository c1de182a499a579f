package org.accord.membership.internal.app;

import java.util.List;

/**
 * The identity provider's accounts, kept in step with membership. Every operation is idempotent, so a membership change
 * that failed after it can simply be repeated.
 */
public interface IdentityDirectory {

    /** An account in the identity provider. */
    record Account(String id, String username) {
    }

    /** The account with this email, created (with the required first-sign-in actions) when there is none. */
    Account ensureAccount(String email, String fullName, List<String> roles);

    /** Makes the account's working-group roles exactly these; other roles are left alone. */
    void setRoles(String accountId, List<String> roles);

    void setEnabled(String accountId, boolean enabled);
}
