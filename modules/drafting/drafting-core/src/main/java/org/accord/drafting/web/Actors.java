package org.accord.drafting.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.accord.drafting.internal.app.Actor;
import org.accord.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in person as drafting's use cases see them. */
final class Actors {

    private Actors() {
    }

    static Actor of(SecurityIdentity identity) {
        Set<String> roles = Roles.ALL.stream().filter(identity::hasRole).collect(Collectors.toUnmodifiableSet());
        return new Actor(identity.getPrincipal().getName(), roles);
    }
}
