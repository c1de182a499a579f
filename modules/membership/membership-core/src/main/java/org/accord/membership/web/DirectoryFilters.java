package org.accord.membership.web;

import org.accord.membership.api.MemberStatus;
import org.accord.membership.internal.app.MemberFilter;
import org.accord.membership.internal.domain.Member;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;

/** Turns the directory's query parameters (page or API) into a filter, refusing values that cannot match. */
final class DirectoryFilters {

    private DirectoryFilters() {
    }

    static MemberFilter parse(String text, String side, String group, String role, String status,
            Boolean votingRights) {
        return new MemberFilter(text, blank(side) ? null : Member.parseSide(side), blank(group) ? null : group,
                blank(role) ? null : role, blank(status) ? null : status(status), votingRights);
    }

    private static MemberStatus status(String status) {
        try {
            return MemberStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("status", Text.of("membership.unknown_status"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
