package org.accord.app.membership;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.accord.membership.internal.app.IdentityDirectory;

/**
 * Module tests run without Keycloak (their users come from {@code @TestSecurity}); this stands in for it and remembers
 * what was asked. The packaged-application tests use the real Keycloak.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class FakeIdentityDirectory implements IdentityDirectory {

    public record FakeAccount(String id, String email, List<String> roles, boolean enabled) {
    }

    private final Map<String, FakeAccount> accounts = new ConcurrentHashMap<>();

    @Override
    public Account ensureAccount(String email, String fullName, List<String> roles) {
        FakeAccount account = accounts.values().stream().filter(a -> a.email().equals(email)).findFirst()
                .orElseGet(() -> new FakeAccount(UUID.randomUUID().toString(), email, roles, true));
        accounts.put(account.id(), new FakeAccount(account.id(), email, roles, account.enabled()));
        return new Account(account.id(), email);
    }

    @Override
    public void setRoles(String accountId, List<String> roles) {
        accounts.computeIfPresent(accountId, (id, a) -> new FakeAccount(id, a.email(), roles, a.enabled()));
    }

    @Override
    public void setEnabled(String accountId, boolean enabled) {
        accounts.computeIfPresent(accountId, (id, a) -> new FakeAccount(id, a.email(), a.roles(), enabled));
    }

    public FakeAccount accountOf(String email) {
        return accounts.values().stream().filter(a -> a.email().equals(email)).findFirst().orElse(null);
    }
}
