package org.accord.membership.internal.app;

import java.util.List;

/** What an administrator fills in to admit a member; raw input, checked by {@link Admissions}. */
public record Admission(String email, String fullName, String affiliation, String side, String stakeholderGroup,
        List<String> roles, boolean votingRights, String reason) {
}
