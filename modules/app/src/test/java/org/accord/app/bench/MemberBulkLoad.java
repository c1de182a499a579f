package org.accord.app.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.accord.testing.AccordTestStack;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Active members put straight into the read models of voting ({@code voting.voter}, {@code voting.member_group}) and of
 * notifications ({@code notifications.member}), with the rows membership's events would have left there, in one
 * transaction of COPYs. Who of them has voting rights is then set between ballot openings, as a VotingRightsChanged
 * would have set it, so that a ballot's eligible voters are exactly the members asked for; the voters who had voting
 * rights before the load have them again on {@link #restore()}, and the loaded members none.
 */
final class MemberBulkLoad {

    private static final String[] SIDES = {"US", "EU"};
    private static final String[] GROUPS = {"INDUSTRY", "ACADEMIA", "CIVIL_SOCIETY"};

    private final List<UUID> ids;
    private final List<String> usernames;
    private final List<UUID> votersBefore;

    private MemberBulkLoad(List<UUID> ids, List<String> usernames, List<UUID> votersBefore) {
        this.ids = ids;
        this.usernames = usernames;
        this.votersBefore = votersBefore;
    }

    /** Loads {@code count} active members, none with voting rights yet. */
    static MemberBulkLoad load(int count) throws SQLException, IOException {
        String prefix = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<String> usernames = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            usernames.add(prefix + i);
        }
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            List<UUID> votersBefore = withVotingRights(connection);
            List<UUID> ids = copyIn(connection, usernames, false);
            connection.commit();
            return new MemberBulkLoad(ids, usernames, votersBefore);
        }
    }

    /**
     * Copies active members with these usernames straight into the read models of voting and of notifications, as
     * membership's events would have put them, in the caller's transaction; @return their ids, in the same order
     */
    static List<UUID> copyIn(Connection connection, List<String> usernames, boolean votingRights)
            throws SQLException, IOException {
        List<UUID> ids = new ArrayList<>(usernames.size());
        StringBuilder voters = new StringBuilder();
        StringBuilder groups = new StringBuilder();
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < usernames.size(); i++) {
            UUID id = UUID.randomUUID();
            String username = usernames.get(i);
            String name = "Bench Member " + i;
            String group = GROUPS[i % GROUPS.length];
            ids.add(id);
            voters.append(id).append(',').append(username).append(',').append(name).append(',')
                    .append(SIDES[i % SIDES.length]).append(',').append(votingRights).append(",ACTIVE\n");
            groups.append(id).append(',').append(group).append('\n');
            members.append(id).append(',').append(username).append(',').append(name).append(',').append(username)
                    .append("@bench.example,\"{member}\",true,ACTIVE,").append(group).append('\n');
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn("copy voting.voter (member_id, username, full_name, side, voting_rights, status)"
                + " from stdin (format csv)", new StringReader(voters.toString()));
        copy.copyIn("copy voting.member_group (member_id, group_code) from stdin (format csv)",
                new StringReader(groups.toString()));
        copy.copyIn("copy notifications.member (member_id, username, full_name, email, roles, voting_rights,"
                + " status, group_code) from stdin (format csv)", new StringReader(members.toString()));
        return ids;
    }

    String username(int member) {
        return usernames.get(member);
    }

    /** The first {@code count} loaded members have voting rights, and no one else. */
    void giveVotingRightsToFirst(int count) throws SQLException {
        votingRights(ids.subList(0, count));
    }

    /** The voters of before the load have their voting rights again; the loaded members have none. */
    void restore() throws SQLException {
        votingRights(votersBefore);
    }

    private static void votingRights(List<UUID> voters) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement update = connection.prepareStatement("update voting.voter set voting_rights ="
                        + " (member_id = any(?)) where voting_rights <> (member_id = any(?))")) {
            Array array = connection.createArrayOf("uuid", voters.toArray());
            update.setArray(1, array);
            update.setArray(2, array);
            update.executeUpdate();
        }
    }

    private static List<UUID> withVotingRights(Connection connection) throws SQLException {
        List<UUID> voters = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select member_id from voting.voter where voting_rights");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                voters.add(rows.getObject(1, UUID.class));
            }
        }
        return voters;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(AccordTestStack.jdbcUrl(), "postgres", "");
    }
}
