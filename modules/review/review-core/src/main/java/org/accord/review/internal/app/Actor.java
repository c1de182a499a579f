package org.accord.review.internal.app;

import java.util.Set;

import org.accord.platform.security.Roles;

/** Who asks, with the roles their sign-in carries. */
public record Actor(String username, Set<String> roles) {

    /** A member who sees what every member sees: no comments of their own, nothing kept for moderators. */
    public static Actor anyMember() {
        return new Actor("", Set.of(Roles.MEMBER));
    }

    public boolean moderator() {
        return roles.contains(Roles.MODERATOR);
    }

    public boolean admin() {
        return roles.contains(Roles.ADMIN);
    }
}
