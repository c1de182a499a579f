package org.accord.membership.api.events;

import org.accord.platform.events.EventType;

/**
 * The member's profile as it is after they changed it. {@code language} ({@code en}, {@code fr} or {@code de}) and
 * {@code timeZone} (an IANA id) are the ones the member chose, null while they have chosen none; events published
 * before members could choose carry neither.
 */
@EventType("accord.membership.MemberProfileUpdated.v1")
public record MemberProfileUpdated(String memberId, String fullName, String affiliation, Change change,
        String language, String timeZone)
        implements
            MembershipEvent {

    /** A change of name or affiliation that says nothing of the member's language and time zone. */
    public MemberProfileUpdated(String memberId, String fullName, String affiliation, Change change) {
        this(memberId, fullName, affiliation, change, null, null);
    }
}
