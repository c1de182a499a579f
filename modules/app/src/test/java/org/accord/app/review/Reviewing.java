package org.accord.app.review;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.drafting.internal.app.Actor;
import org.accord.drafting.internal.app.ClauseEditing;
import org.accord.drafting.internal.app.StageChanging;
import org.accord.drafting.internal.app.StandardsAdministration;
import org.accord.drafting.internal.app.VersionPublishing;
import org.accord.membership.internal.app.Admission;
import org.accord.membership.internal.app.Admissions;
import org.accord.review.internal.app.RoundAdministration;

import static org.awaitility.Awaitility.await;

/**
 * Test set-up for comment rounds: members admitted through membership, a committee draft written in drafting, a round
 * opened by a moderator; each waits until review has heard of it.
 */
@ApplicationScoped
public class Reviewing {

    static final Actor EDITOR = new Actor("eli", Set.of("member", "editor"));
    static final String MODERATOR = "mo";

    /** A standard with three top-level clauses ("1" to "3") published as CD 1. */
    public record Draft(UUID standardId, UUID versionId, List<UUID> clauses) {
    }

    private final Admissions admissions;
    private final StandardsAdministration standards;
    private final ClauseEditing editing;
    private final VersionPublishing versions;
    private final StageChanging stages;
    private final RoundAdministration rounds;
    private final DataSource dataSource;

    Reviewing(Admissions admissions, StandardsAdministration standards, ClauseEditing editing,
            VersionPublishing versions, StageChanging stages, RoundAdministration rounds, DataSource dataSource) {
        this.admissions = admissions;
        this.standards = standards;
        this.editing = editing;
        this.versions = versions;
        this.stages = stages;
        this.rounds = rounds;
        this.dataSource = dataSource;
    }

    /** @return the new member's username, once review knows them and their group */
    public String member(String side, String group, boolean votingRights) {
        return member("r" + UUID.randomUUID().toString().substring(0, 10) + "@example.org", side, group,
                votingRights);
    }

    /** Admits the member with this e-mail (their username here) unless review knows them already. */
    public String member(String email, String side, String group, boolean votingRights) {
        try {
            if (count("select count(*) from review.member where username = '" + email + "'") == 0) {
                UUID id = admissions.admit(new Admission(email, "Reviewer " + side + " " + group, "Somewhere", side,
                        group, List.of(), votingRights, "Review test"), "ada").id();
                await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from review.member m"
                        + " join review.member_group g on g.member_id = m.member_id where m.member_id = '" + id
                        + "'") == 1);
            }
            return email;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Draft committeeDraft() {
        UUID standard = standards.create(EDITOR, "R" + UUID.randomUUID().toString().substring(0, 8),
                "Review text", "", List.of());
        List<UUID> clauses = new ArrayList<>();
        for (String heading : List.of("Scope", "Terms", "Requirements")) {
            clauses.add(editing.add(EDITOR, standard, null, clauses.size(), "CLAUSE", heading, heading + " text."));
        }
        versions.publish(EDITOR, standard);
        stages.change(EDITOR, standard, "COMMITTEE_DRAFT", "Committee", null);
        return new Draft(standard, published(standard), clauses);
    }

    /** Publishes the standard's current text; @return the version, once review knows it */
    public UUID published(UUID standard) {
        UUID version = versions.publish(EDITOR, standard);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from review.draft_version where id = '" + version + "'") == 1);
        return version;
    }

    /** An open round closing in a week. */
    public UUID round(UUID versionId, boolean visibleWhileOpen) {
        return rounds.open(new RoundAdministration.Opening(versionId, "Comments on the draft", "Comment by Friday",
                null, Instant.now().plus(Duration.ofDays(7)), visibleWhileOpen), MODERATOR);
    }

    public ClauseEditing editing() {
        return editing;
    }

    public UUID currentRevision(UUID clauseId) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select current_revision_id from drafting.clause where id = '"
                        + clauseId + "'")) {
            rows.next();
            return rows.getObject(1, UUID.class);
        }
    }

    /** The comments stored in the round, whatever their state. */
    public long commentsIn(UUID round) throws SQLException {
        return count("select count(*) from review.comment where round_id = '" + round + "'");
    }

    public long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    public void execute(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
