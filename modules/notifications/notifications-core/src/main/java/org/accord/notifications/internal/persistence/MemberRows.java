package org.accord.notifications.internal.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/** The members as notifications know them from membership's events: whom to notify, in which capacity. */
@ApplicationScoped
public class MemberRows {

    private final Sql sql;

    MemberRows(Sql sql) {
        this.sql = sql;
    }

    public void admit(UUID memberId, String username, String fullName, String email, List<String> roles,
            boolean votingRights, String groupCode) {
        sql.update("insert into notifications.member (member_id, username, full_name, email, roles, voting_rights,"
                + " status, group_code) values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?) on conflict (member_id) do update set"
                + " username = excluded.username, full_name = excluded.full_name, email = excluded.email,"
                + " roles = excluded.roles, voting_rights = excluded.voting_rights, status = 'ACTIVE',"
                + " group_code = excluded.group_code", memberId, username, fullName, email, Sql.texts(roles),
                votingRights, groupCode);
    }

    /**
     * @return whether a known member moved to another group; joining the group they were admitted into is no move
     */
    public boolean moveToGroup(UUID memberId, String groupCode) {
        return sql.update("update notifications.member set group_code = ? where member_id = ?"
                + " and group_code is distinct from ?", groupCode, memberId, groupCode) == 1;
    }

    public void rename(UUID memberId, String fullName) {
        sql.update("update notifications.member set full_name = ? where member_id = ?", fullName, memberId);
    }

    public void changeRoles(UUID memberId, List<String> roles) {
        sql.update("update notifications.member set roles = ? where member_id = ?", Sql.texts(roles), memberId);
    }

    public void changeVotingRights(UUID memberId, boolean votingRights) {
        sql.update("update notifications.member set voting_rights = ? where member_id = ?", votingRights, memberId);
    }

    public void changeStatus(UUID memberId, String status) {
        sql.update("update notifications.member set status = ? where member_id = ?", status, memberId);
    }

    public Optional<UUID> idOf(String username) {
        return sql.first("select member_id from notifications.member where username = ?",
                row -> Sql.uuid(row, "member_id"), username);
    }

    public boolean isKnown(UUID memberId) {
        return sql.first("select 1 as known from notifications.member where member_id = ?", row -> true, memberId)
                .isPresent();
    }

    public List<UUID> idsOf(Collection<String> usernames) {
        return sql.list("select member_id from notifications.member where username = any (?)",
                row -> Sql.uuid(row, "member_id"), Sql.texts(usernames));
    }

    /** The active members who hold the role. */
    public List<UUID> withRole(String role) {
        return sql.list("select member_id from notifications.member where status = 'ACTIVE' and ? = any (roles)",
                row -> Sql.uuid(row, "member_id"), role);
    }

    /** The member's name, for activity that names who did it; the username itself for someone unknown here. */
    public String nameOf(String username) {
        return sql.first("select full_name from notifications.member where username = ?",
                row -> row.getString("full_name"), username).orElse(username);
    }
}
