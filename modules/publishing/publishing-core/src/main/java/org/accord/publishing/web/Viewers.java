package org.accord.publishing.web;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import org.accord.publishing.internal.app.Actor;

import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in person, as publishing's services take them. */
@RequestScoped
class Viewers {

    private final SecurityIdentity identity;

    Viewers(SecurityIdentity identity) {
        this.identity = identity;
    }

    String username() {
        return identity.getPrincipal().getName();
    }

    Actor actor() {
        return new Actor(username(), Set.copyOf(identity.getRoles()));
    }
}
