package org.accord.platform.web;

import java.util.List;

import org.accord.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in person as the pages and the API show them: name, username and working-group roles. */
public record CurrentUser(String username, String displayName, List<String> roles) {

    public static CurrentUser of(SecurityIdentity identity) {
        String username = identity.getPrincipal().getName();
        String displayName = username;
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("name") != null) {
            displayName = token.getClaim("name").toString();
        }
        List<String> roles = Roles.ALL.stream().filter(identity::hasRole).toList();
        return new CurrentUser(username, displayName, roles);
    }
}
