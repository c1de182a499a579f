package org.accord.app.voting;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
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
import org.accord.voting.internal.app.BallotAdministration;
import org.accord.voting.internal.app.RuleSpec;

import static org.awaitility.Awaitility.await;

/** Test set-up for ballots: voters admitted through membership, a committee draft from drafting, a ballot. */
@ApplicationScoped
public class Electorate {

    private static final Actor EDITOR = new Actor("eli", Set.of("member", "editor"));

    private final Admissions admissions;
    private final StandardsAdministration standards;
    private final ClauseEditing editing;
    private final VersionPublishing versions;
    private final StageChanging stages;
    private final BallotAdministration ballots;
    private final DataSource dataSource;

    Electorate(Admissions admissions, StandardsAdministration standards, ClauseEditing editing,
            VersionPublishing versions, StageChanging stages, BallotAdministration ballots, DataSource dataSource) {
        this.admissions = admissions;
        this.standards = standards;
        this.editing = editing;
        this.versions = versions;
        this.stages = stages;
        this.ballots = ballots;
        this.dataSource = dataSource;
    }

    /** @return the new member's username, once voting knows them and their group */
    public String voter(String side, String group, boolean votingRights) {
        return voter("v" + UUID.randomUUID().toString().substring(0, 10) + "@example.org", side, group, votingRights);
    }

    /** @return the new member's username, which is {@code email}, once voting knows them and their group */
    public String voter(String email, String side, String group, boolean votingRights) {
        UUID id = admissions.admit(new Admission(email, "Voter " + email.substring(0, email.indexOf('@')), "Somewhere",
                side, group,
                List.of(), votingRights, "Ballot test"), "ada").id();
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from voting.voter v join"
                + " voting.member_group g on g.member_id = v.member_id where v.member_id = '" + id + "'") == 1);
        return email;
    }

    /** A standard in committee draft with a published CD 1, known to voting; @return the version id */
    public UUID committeeDraft() {
        UUID standard = standards.create(EDITOR, "V" + UUID.randomUUID().toString().substring(0, 8), "Ballot text", "",
                List.of());
        editing.add(EDITOR, standard, null, 0, "CLAUSE", "Only clause", "Text.");
        versions.publish(EDITOR, standard);
        stages.change(EDITOR, standard, "COMMITTEE_DRAFT", "Committee", null);
        UUID version = versions.publish(EDITOR, standard);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from voting.draft_version where id = '" + version + "'") == 1);
        return version;
    }

    public UUID standardOf(UUID draftVersionId) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select standard_id from drafting.draft_version where id = '"
                        + draftVersionId + "'")) {
            rows.next();
            return rows.getObject(1, UUID.class);
        }
    }

    public UUID ballot(UUID draftVersionId, String preset, boolean secret) {
        return ballots.open(new BallotAdministration.Opening(null, draftVersionId,
                draftVersionId == null ? "Shall we meet in Brussels?" : null,
                new RuleSpec(preset, null, null, null, null, null, null), null,
                Instant.now().plus(Duration.ofDays(7)), secret, "Vote by Friday"), "mo");
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
