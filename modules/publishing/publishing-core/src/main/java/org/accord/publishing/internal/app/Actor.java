package org.accord.publishing.internal.app;

import java.util.Set;

import org.accord.platform.security.Roles;

/** Who asks, with the roles their sign-in carries. */
public record Actor(String username, Set<String> roles) {

    /** Liaisons and administrators speak for the group: they build bundles and record liaison statements. */
    public boolean liaison() {
        return roles.contains(Roles.LIAISON) || roles.contains(Roles.ADMIN);
    }
}
