package org.accord.membership.internal.domain;

import org.accord.platform.errors.TextRules;

/** What members may change about themselves. */
public record Profile(String fullName, String affiliation) {

    public static final int MAX_LENGTH = 200;

    public Profile {
        fullName = TextRules.plainText("fullName", "Name", fullName, MAX_LENGTH, true);
        affiliation = TextRules.plainText("affiliation", "Affiliation", affiliation, MAX_LENGTH, true);
    }
}
