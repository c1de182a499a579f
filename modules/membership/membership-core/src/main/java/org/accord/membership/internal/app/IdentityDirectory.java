package org.accord.membership.internal.app;

import java.util.List;
import java.util.Optional;

/**
 * The identity provider's accounts, kept in step with membership. Nothing here grants a working-group role on its own:
 * roles and the enabled flag are set only from what membership has stored ({@link AccountsInStep}).
 * <p>
 * Its calls run outside any database transaction, a caller's being suspended meanwhile: the identity provider's client
 * answers on another thread, which would otherwise join the transaction, and a transaction rolled back while another
 * thread is in it is not rolled back in the database. Its work, such as the event consumer's inbox entry, was then
 * committed after a failed call, and the event counted as applied although the account never changed.
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
