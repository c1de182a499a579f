package org.accord.notifications.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.accord.notifications.internal.app.NeedsQueries;
import org.accord.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in person as notifications know them: their member id (once admitted here) and roles. */
@RequestScoped
class Viewer {

    private final SecurityIdentity identity;
    private final NeedsQueries needs;
    private Optional<UUID> memberId;

    Viewer(SecurityIdentity identity, NeedsQueries needs) {
        this.identity = identity;
        this.needs = needs;
    }

    boolean isMember() {
        return !identity.isAnonymous() && identity.hasRole(Roles.MEMBER);
    }

    /** Null when notifications have not heard of the member's admission yet: they have nothing here then. */
    UUID memberId() {
        if (memberId == null) {
            memberId = identity.isAnonymous() ? Optional.empty() : needs.memberIdOf(username());
        }
        return memberId.orElse(null);
    }

    String username() {
        return identity.getPrincipal().getName();
    }

    NeedsQueries.Person person() {
        return new NeedsQueries.Person(username(), identity.hasRole(Roles.MODERATOR), identity.hasRole(Roles.LIAISON),
                identity.hasRole(Roles.ADMIN));
    }
}
