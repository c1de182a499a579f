package org.accord.membership.internal.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.platform.security.Roles;

/** The working-group roles a member holds: always {@code member}, plus any of the others. */
public record MemberRoles(List<String> values) {

    public MemberRoles {
        Set<String> roles = new LinkedHashSet<>();
        roles.add(Roles.MEMBER);
        for (String role : values == null ? List.<String> of() : values) {
            if (role == null || role.isBlank()) {
                continue;
            }
            if (!Roles.ALL.contains(role)) {
                throw RuleViolation.invalid("roles",
                        Text.of("membership.unknown_role", abbreviate(role), String.join(", ", Roles.ALL)));
            }
            roles.add(role);
        }
        values = Roles.ALL.stream().filter(roles::contains).toList();
    }

    public static MemberRoles of(Collection<String> roles) {
        return new MemberRoles(roles == null ? List.of() : List.copyOf(roles));
    }

    public static MemberRoles parse(String stored) {
        return new MemberRoles(List.of(stored.split(",")));
    }

    public String stored() {
        return String.join(",", values);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
