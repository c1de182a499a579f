package org.accord.app.membership;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

import org.accord.membership.internal.app.IdentityDirectory;
import org.accord.membership.internal.app.IdentityProviderUnavailable;
import org.accord.platform.i18n.Text;

/**
 * Module tests run without Keycloak (their users come from {@code @TestSecurity}); this stands in for it, remembers
 * what was asked, and can be made unreachable. The packaged-application tests use the real Keycloak.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class FakeIdentityDirectory implements IdentityDirectory {

    public record FakeAccount(String id, String email, boolean emailVerified, List<String> roles, boolean enabled) {
    }

    private final Map<String, FakeAccount> accounts = new ConcurrentHashMap<>();
    private final TransactionManager transactions;
    private volatile boolean unreachable;
    private volatile boolean broughtInStepInATransaction;

    FakeIdentityDirectory(TransactionManager transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Account> accountWithEmail(String email) {
        reachable();
        return accounts.values().stream().filter(account -> account.email().equals(email)).findFirst()
                .map(account -> new Account(account.id(), account.email(), account.emailVerified()));
    }

    @Override
    public Account createAccount(String email, String fullName) {
        reachable();
        FakeAccount account = put(new FakeAccount(UUID.randomUUID().toString(), email, false, List.of(), true));
        return new Account(account.id(), email, false);
    }

    @Override
    public void removeAccount(String accountId) {
        reachable();
        accounts.remove(accountId);
    }

    @Override
    public boolean bringInStep(String accountId, List<String> roles, boolean enabled) {
        try {
            broughtInStepInATransaction |= transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
        reachable();
        FakeAccount account = accounts.get(accountId);
        FakeAccount inStep = new FakeAccount(accountId, account.email(), account.emailVerified(), roles, enabled);
        return !inStep.equals(accounts.put(accountId, inStep));
    }

    /** An account someone else made, as an operator or a person signing up elsewhere would. */
    public FakeAccount put(FakeAccount account) {
        accounts.put(account.id(), account);
        return account;
    }

    public FakeAccount accountOf(String email) {
        return accounts.values().stream().filter(a -> a.email().equals(email)).findFirst().orElse(null);
    }

    /** Whether an account was ever brought in step while a transaction was active on the calling thread. */
    public boolean broughtInStepInATransaction() {
        return broughtInStepInATransaction;
    }

    public void setUnreachable(boolean unreachable) {
        this.unreachable = unreachable;
    }

    private void reachable() {
        if (unreachable) {
            throw new IdentityProviderUnavailable(Text.of("platform.literal", "The identity provider is down (test)."),
                    null);
        }
    }
}
