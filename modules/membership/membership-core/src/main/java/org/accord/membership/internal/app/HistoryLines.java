package org.accord.membership.internal.app;

import java.util.List;

import org.accord.membership.api.Side;
import org.accord.membership.internal.domain.MemberRoles;
import org.accord.platform.i18n.Text;

/** Words a line of a member's history, from the kind of change and its stored facts, in any reader's language. */
public final class HistoryLines {

    private HistoryLines() {
    }

    /**
     * @param side
     *            on admission, else null
     * @param groupName
     *            on admission, else null
     * @param roles
     *            on admission and a change of roles, as stored ({@code member,editor}), else null
     * @param votingRights
     *            on a change of voting rights, else null
     */
    public static Text line(String kind, Side side, String groupName, String roles, Boolean votingRights) {
        return switch (kind) {
            case "MemberAdmitted" -> side == null || groupName == null || roles == null
                    ? Text.of("membership.history_admitted_plain")
                    : Text.of("membership.history_admitted", groupName, sidePhrase(side), roleNames(roles));
            case "MemberRolesChanged" -> Text.of("membership.history_roles", roleNames(roles));
            case "VotingRightsChanged" -> Text.of(Boolean.TRUE.equals(votingRights)
                    ? "membership.history_voting_rights_granted"
                    : "membership.history_voting_rights_withdrawn");
            case "MemberSuspended" -> Text.of("membership.history_suspended");
            case "MemberReinstated" -> Text.of("membership.history_reinstated");
            case "MemberLeft" -> Text.of("membership.history_left");
            case "MemberProfileUpdated" -> Text.of("membership.history_profile_updated");
            case "ConflictOfInterestDeclared" -> Text.of("membership.history_declared");
            default -> Text.of("platform.literal", kind);
        };
    }

    private static Text sidePhrase(Side side) {
        return Text.of(switch (side) {
            case US -> "membership.history_side_us";
            case EU -> "membership.history_side_eu";
            case OBSERVER -> "membership.history_side_observer";
        });
    }

    /** The roles' names in the reader's language, separated by commas. */
    private static Text roleNames(String stored) {
        List<String> roles = MemberRoles.parse(stored == null ? "" : stored).values();
        Text names = roleName(roles.getLast());
        for (int i = roles.size() - 2; i >= 0; i--) {
            names = Text.of("membership.list", roleName(roles.get(i)), names);
        }
        return names;
    }

    private static Text roleName(String role) {
        return Text.of(switch (role) {
            case "member" -> "membership.role_member";
            case "editor" -> "membership.role_editor";
            case "moderator" -> "membership.role_moderator";
            case "liaison" -> "membership.role_liaison";
            case "admin" -> "membership.role_admin";
            default -> throw new IllegalArgumentException("Unknown role " + role);
        });
    }
}
