package org.accord.membership.internal.keycloak;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.accord.membership.internal.app.IdentityDirectory;
import org.accord.membership.internal.app.IdentityProviderUnavailable;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.RoleScopeResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Keycloak's accounts through its admin REST API, as the realm's {@code accord-admin} service account. The admin client
 * is request-scoped, so calls from the event consumer and the start-up reconciliation get a request context of their
 * own. The admin client is Quarkus's REST client, which completes requests on a Vert.x event-loop thread with the
 * caller's context, a transaction included; every call therefore suspends the caller's transaction (see
 * {@link IdentityDirectory}).
 */
@ApplicationScoped
@ActivateRequestContext
@Transactional(Transactional.TxType.NOT_SUPPORTED)
class KeycloakIdentityDirectory implements IdentityDirectory {

    private static final Logger LOG = Logger.getLogger(KeycloakIdentityDirectory.class);

    private final Keycloak keycloak;
    private final String realm;
    private final Optional<String> initialPassword;

    KeycloakIdentityDirectory(Keycloak keycloak, @ConfigProperty(name = "accord.membership.realm") String realm,
            @ConfigProperty(name = "accord.membership.initial-password") Optional<String> initialPassword) {
        this.keycloak = keycloak;
        this.realm = realm;
        this.initialPassword = initialPassword;
    }

    @Override
    public Optional<Account> accountWithEmail(String email) {
        return call(Text.of("membership.idp_look_up_failed", email),
                () -> realm().users().searchByEmail(email, true).stream()
                        .findFirst().map(KeycloakIdentityDirectory::account));
    }

    @Override
    public Account createAccount(String email, String fullName) {
        return call(Text.of("membership.idp_create_failed", email), () -> create(email, fullName));
    }

    @Override
    public void removeAccount(String accountId) {
        call(Text.of("membership.idp_remove_failed", accountId), () -> {
            try (Response response = realm().users().delete(accountId)) {
                return null;
            }
        });
    }

    @Override
    public boolean bringInStep(String accountId, List<String> roles, boolean enabled) {
        return call(Text.of("membership.idp_in_step_failed", accountId), () -> {
            boolean rolesChanged = applyRoles(accountId, roles);
            return applyEnabled(accountId, enabled) || rolesChanged;
        });
    }

    private static Account account(UserRepresentation user) {
        return new Account(user.getId(), user.getUsername(), Boolean.TRUE.equals(user.isEmailVerified()));
    }

    private Account create(String email, String fullName) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEnabled(true);
        int space = fullName.indexOf(' ');
        user.setFirstName(space < 0 ? fullName : fullName.substring(0, space));
        user.setLastName(space < 0 ? fullName : fullName.substring(space + 1));
        if (initialPassword.isPresent()) {
            // Local demo: no mail server, so the new member gets a known temporary password instead of an email.
            user.setEmailVerified(true);
            CredentialRepresentation password = new CredentialRepresentation();
            password.setType(CredentialRepresentation.PASSWORD);
            password.setValue(initialPassword.get());
            password.setTemporary(true);
            user.setCredentials(List.of(password));
        } else {
            user.setRequiredActions(List.of("UPDATE_PASSWORD", "VERIFY_EMAIL"));
        }
        try (Response response = realm().users().create(user)) {
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw RuleViolation.conflict("email", Text.of("membership.idp_username_taken", email));
            }
            return new Account(CreatedResponseUtil.getCreatedId(response), email,
                    Boolean.TRUE.equals(user.isEmailVerified()));
        }
    }

    private boolean applyRoles(String accountId, List<String> roles) {
        RoleScopeResource realmRoles = realm().users().get(accountId).roles().realmLevel();
        List<RoleRepresentation> current = realmRoles.listAll().stream()
                .filter(role -> Roles.ALL.contains(role.getName())).toList();
        List<RoleRepresentation> toRemove = current.stream().filter(role -> !roles.contains(role.getName())).toList();
        List<String> held = current.stream().map(RoleRepresentation::getName).toList();
        List<RoleRepresentation> toAdd = roles.stream().filter(role -> !held.contains(role))
                .map(role -> realm().roles().get(role).toRepresentation()).toList();
        if (!toRemove.isEmpty()) {
            realmRoles.remove(toRemove);
        }
        if (!toAdd.isEmpty()) {
            realmRoles.add(toAdd);
        }
        return !toRemove.isEmpty() || !toAdd.isEmpty();
    }

    private boolean applyEnabled(String accountId, boolean enabled) {
        UserResource user = realm().users().get(accountId);
        UserRepresentation representation = user.toRepresentation();
        if (Boolean.valueOf(enabled).equals(representation.isEnabled())) {
            return false;
        }
        representation.setEnabled(enabled);
        user.update(representation);
        return true;
    }

    private void renewToken() {
        try {
            keycloak.tokenManager().grantToken();
        } catch (RuntimeException e) {
            LOG.debug("No new token from the identity provider yet", e);
        }
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    private <T> T call(Text failure, Supplier<T> action) {
        try {
            return action.get();
        } catch (NotAuthorizedException e) {
            // A restarted identity provider has forgotten the session of the service account's token, which has not
            // expired yet: take a new token now so that the next try, which the caller or the consumer makes, is heard.
            renewToken();
            throw new IdentityProviderUnavailable(failure, e);
        } catch (ProcessingException | WebApplicationException e) {
            throw new IdentityProviderUnavailable(failure, e);
        }
    }
}
