package org.accord.drafting.internal.app;

import java.util.Set;

import org.accord.platform.security.Roles;

/** Who is acting: their username and working-group roles, as the web layer read them from the session or token. */
public record Actor(String username, Set<String> roles) {

    public boolean is(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return is(Roles.ADMIN);
    }
}
