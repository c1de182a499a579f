package org.accord.publishing.internal.app;

import java.util.Set;

import org.accord.platform.security.Roles;

/** Who asks, with the roles their sign-in carries. */
public record Actor(String username, Set<String> roles) {

    public boolean mayBundle() {
        return roles.contains(Roles.LIAISON) || roles.contains(Roles.ADMIN);
    }
}
