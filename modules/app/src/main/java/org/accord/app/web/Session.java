package org.accord.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.accord.platform.security.Roles;
import org.accord.platform.web.CurrentUser;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/** The signed-in person for the layout of every page ({@code inject:session}), whichever module renders it. */
@RequestScoped
@Named("session")
public class Session {

    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;

    Session(SecurityIdentity identity, CurrentVertxRequest request) {
        this.identity = identity;
        this.request = request;
    }

    /** The page being shown, where the language switch returns to; home for a page that answered a form. */
    public String here() {
        RoutingContext current = request.getCurrent();
        return current == null || current.request().method() != HttpMethod.GET ? "/" : current.request().uri();
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
