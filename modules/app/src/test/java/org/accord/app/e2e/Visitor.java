package org.accord.app.e2e;

import java.util.EnumSet;
import java.util.Set;

import org.openqa.selenium.By;

/** Who looks at the pages: someone signed out, a demo account of each role, and an account that is no member. */
enum Visitor {
    ANONYMOUS(null), MEMBER("uma"), EDITOR("eli"), MODERATOR("mo"), LIAISON("liv"), ADMIN("ada"), NEWCOMER("newcomer");

    /** Every member of the working group, whatever their roles. */
    static final Set<Visitor> MEMBERS = EnumSet.of(MEMBER, EDITOR, MODERATOR, LIAISON, ADMIN);
    /** Members and people signed out. */
    static final Set<Visitor> EVERYONE = EnumSet.of(ANONYMOUS, MEMBER, EDITOR, MODERATOR, LIAISON, ADMIN);

    private final String username;

    Visitor(String username) {
        this.username = username;
    }

    /** A browser showing the application's home page to this visitor, signed in through Keycloak unless anonymous. */
    Browser browse(DemoGroup group) {
        Browser browser = new Browser();
        try {
            if (username == null) {
                browser.open(group.url("/").toString());
                browser.waitFor(By.id("sign-in"));
            } else {
                browser.open(group.url("/signin").toString());
                browser.signInAtKeycloak(username, Tokens.DEMO_PASSWORD);
                browser.waitFor(By.id("sign-out"));
            }
            return browser;
        } catch (RuntimeException e) {
            browser.close();
            throw e;
        }
    }
}
