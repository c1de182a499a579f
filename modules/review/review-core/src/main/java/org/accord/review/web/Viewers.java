package org.accord.review.web;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import org.accord.platform.i18n.RequestLanguage;
import org.accord.review.internal.app.Actor;
import org.accord.review.internal.app.CommentReports;

import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in person, as review's services take them, and the language and time zone they read in. */
@RequestScoped
class Viewers {

    private final SecurityIdentity identity;
    private final RequestLanguage language;

    Viewers(SecurityIdentity identity, RequestLanguage language) {
        this.identity = identity;
        this.language = language;
    }

    String username() {
        return identity.getPrincipal().getName();
    }

    Actor actor() {
        return new Actor(username(), Set.copyOf(identity.getRoles()));
    }

    CommentReports.Reader reader() {
        return new CommentReports.Reader(language.locale(), language.zone());
    }
}
