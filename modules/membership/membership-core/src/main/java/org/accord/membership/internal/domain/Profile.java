package org.accord.membership.internal.domain;

import org.accord.platform.errors.TextRules;
import org.accord.platform.i18n.Text;

/** What members may change about themselves. */
public record Profile(String fullName, String affiliation) {

    public static final int MAX_LENGTH = 200;

    public Profile {
        fullName = TextRules.plainText("fullName", Text.of("membership.field_name"), fullName, MAX_LENGTH, true);
        affiliation = TextRules.plainText("affiliation", Text.of("membership.field_affiliation"), affiliation,
                MAX_LENGTH, true);
    }
}
