package org.accord.membership.internal.app;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.accord.membership.api.MemberStatus;
import org.accord.membership.api.Side;

/**
 * A member as the directory, the profile page and the API show them. {@code language} ({@code en}, {@code fr},
 * {@code de}) and {@code timeZone} (an IANA id) are null until the member chooses them.
 */
public record MemberView(UUID id, String username, String fullName, String email, String affiliation, Side side,
        String stakeholderGroup, String stakeholderGroupName, List<String> roles, boolean votingRights,
        MemberStatus status, Instant admittedAt, String language, String timeZone) {
}
