package org.accord.membership.internal.app;

import java.util.List;
import java.util.Optional;

/**
 * The identity provider's accounts, kept in step with membership. Nothing here grants a working-group role on its own:
 * roles and the enabled flag are set only from what membership has stored ({@link AccountsInStep}).
 */
public interface IdentityDirectory {

    /** An account in the identity provider, and whether its holder has proven that its email is theirs. */
    record Account(String id, String username, boolean emailVerified) {
    }

    /** The account whose email is exactly this one, if any. */
    Optional<Account> accountWithEmail(String email);

    /** A new account for this person, with the required first-sign-in actions and no working-group role. */
    Account createAccount(String email, String fullName);

    /** Removes an account created for an admission that was then not stored; nothing if it is gone already. */
    void removeAccount(String accountId);

    /**
     * Makes the account's working-group roles exactly these (other roles are left alone) and sets whether it may sign
     * in. Idempotent.
     *
     * @return whether anything had to change
     */
    boolean bringInStep(String accountId, List<String> roles, boolean enabled);
}
