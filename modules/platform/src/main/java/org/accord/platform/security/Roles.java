package org.accord.platform.security;

import java.util.List;

/** The realm roles of the working group, as they appear in tokens and in {@code @RolesAllowed}. */
public final class Roles {

    public static final String MEMBER = "member";
    public static final String EDITOR = "editor";
    public static final String MODERATOR = "moderator";
    public static final String LIAISON = "liaison";
    public static final String ADMIN = "admin";

    /** In the order the interface lists them. */
    public static final List<String> ALL = List.of(MEMBER, EDITOR, MODERATOR, LIAISON, ADMIN);

    private Roles() {
    }
}
