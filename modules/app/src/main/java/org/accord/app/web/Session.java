package org.accord.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.accord.platform.security.Roles;
import org.accord.platform.web.CurrentUser;

import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in person for the layout of every page ({@code inject:session}), whichever module renders it. */
@RequestScoped
@Named("session")
public class Session {

    private final SecurityIdentity identity;

    Session(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** @return the signed-in person, or null for an anonymous visitor */
    public CurrentUser user() {
        return identity.isAnonymous() ? null : CurrentUser.of(identity);
    }

    /** Signed in, but not (yet) admitted to the working group. */
    public boolean notAMember() {
        return !identity.isAnonymous() && !identity.hasRole(Roles.MEMBER);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }
}
