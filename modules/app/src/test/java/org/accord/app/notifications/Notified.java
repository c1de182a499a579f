package org.accord.app.notifications;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.membership.internal.app.Admission;
import org.accord.membership.internal.app.Admissions;

import static org.awaitility.Awaitility.await;

/** Test set-up for notifications: members admitted through membership, and what notifications wrote for them. */
@ApplicationScoped
public class Notified {

    private final Admissions admissions;
    private final DataSource dataSource;

    Notified(Admissions admissions, DataSource dataSource) {
        this.admissions = admissions;
        this.dataSource = dataSource;
    }

    /** A new member with these roles; @return their id, once notifications and voting know them */
    public UUID member(String username, boolean votingRights, String... roles) {
        UUID id = admissions.admit(new Admission(username, "Notified " + username.substring(0, 6), "Somewhere", "EU",
                "ACADEMIA", List.of(roles), votingRights, "Notifications test"), "ada").id();
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from notifications.member"
                + " where member_id = '" + id + "'") == 1 && count(
                        "select count(*) from voting.voter v join"
                                + " voting.member_group g on g.member_id = v.member_id where v.member_id = '" + id
                                + "'") == 1);
        return id;
    }

    public static String uniqueUsername() {
        return "n" + UUID.randomUUID().toString().substring(0, 10) + "@example.org";
    }

    public long notices(UUID memberId, String kind, UUID subjectId) {
        return count("select count(*) from notifications.notice where member_id = '" + memberId + "' and kind = '"
                + kind + "' and subject_id = '" + subjectId + "'");
    }

    public long emails(UUID memberId, String kind, UUID subjectId) {
        return count("select count(*) from notifications.email e join notifications.notice n on n.id = e.notice_id"
                + " where n.member_id = '" + memberId + "' and n.kind = '" + kind + "' and n.subject_id = '"
                + subjectId + "'");
    }

    public void awaitNotice(UUID memberId, String kind, UUID subjectId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> notices(memberId, kind, subjectId) == 1);
    }

    public long count(String sql) {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String text(String sql) {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void execute(String sql) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
