package org.accord.membership.internal.app;

import java.util.Locale;

import org.accord.membership.api.MemberStatus;
import org.accord.membership.api.Side;

/** Directory search: every criterion is optional (null or blank means any). */
public record MemberFilter(String text, Side side, String stakeholderGroup, String role, MemberStatus status,
        Boolean votingRights) {

    public static final MemberFilter ANY = new MemberFilter(null, null, null, null, null, null);

    boolean matches(MemberView member) {
        return matchesText(member) && (side == null || side == member.side())
                && (isBlank(stakeholderGroup) || stakeholderGroup.equals(member.stakeholderGroup()))
                && (isBlank(role) || member.roles().contains(role))
                && (status == null || status == member.status())
                && (votingRights == null || votingRights == member.votingRights());
    }

    private boolean matchesText(MemberView member) {
        if (isBlank(text)) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return member.fullName().toLowerCase(Locale.ROOT).contains(needle)
                || member.affiliation().toLowerCase(Locale.ROOT).contains(needle)
                || member.email().contains(needle);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
