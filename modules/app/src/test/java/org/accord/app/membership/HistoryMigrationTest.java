package org.accord.app.membership;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.accord.membership.api.Side;
import org.accord.membership.internal.app.HistoryLines;
import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration that replaced the English sentences of members' histories by their facts, run on history written the
 * old way in a database of its own, on the test stack's server.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class HistoryMigrationTest {

    private static final String MIGRATIONS = "/db/migration/membership/";
    private static final String BEFORE = "V2026_11_28_20__membership.sql";
    private static final String MIGRATION = "V2026_12_32_20__reader_preferences_and_history_facts.sql";
    private static final UUID MEMBER = UUID.fromString("6a1f3d2e-0b4c-4e5f-8a7b-9c0d1e2f3a4b");

    private final String database = "membership_history_" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void membershipAsItWasBefore() throws SQLException, IOException {
        try (Connection server = DriverManager.getConnection(AccordTestStack.jdbcUrl());
                Statement statement = server.createStatement()) {
            statement.execute("create database " + database);
        }
        try (Connection old = connect(); Statement statement = old.createStatement()) {
            // The module's schema without its outbox and inbox, which play no part here.
            statement.execute("create schema platform; create function platform.create_messaging_tables(name text)"
                    + " returns void language plpgsql as $$ begin execute format('create schema %I', name); end $$");
            statement.execute(script(BEFORE));
            statement.execute("insert into membership.member values ('" + MEMBER + "', 'old@example.org', 'old',"
                    + " 'account-1', 'Old Member', 'Old Institute', 'EU', 'member,moderator', false, 'ACTIVE',"
                    + " now(), 0)");
            for (String[] line : List.of(
                    new String[]{"MemberAdmitted",
                            "Admitted to Civil society on the ground on the EU side as member, editor"},
                    new String[]{"MemberAdmitted", "Admitted to Industry on the OBSERVER side as member"},
                    new String[]{"MemberRolesChanged", "Roles: member, moderator"},
                    new String[]{"VotingRightsChanged", "Voting rights granted"},
                    new String[]{"VotingRightsChanged", "Voting rights withdrawn"},
                    new String[]{"MemberSuspended", "Suspended"},
                    new String[]{"MemberProfileUpdated", "Profile updated"})) {
                statement.execute("insert into membership.member_change (id, member_id, kind, summary, actor, at)"
                        + " values (gen_random_uuid(), '" + MEMBER + "', '" + line[0] + "', '" + line[1]
                        + "', 'ada', now())");
            }
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection server = DriverManager.getConnection(AccordTestStack.jdbcUrl());
                Statement statement = server.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
        }
    }

    @Test
    void oldSentences_becomeFacts_whichEachReaderReadsInTheirLanguage() throws SQLException, IOException {
        try (Connection migrated = connect(); Statement statement = migrated.createStatement()) {
            statement.execute(script(MIGRATION));

            assertThat(rows(statement, "select column_name from information_schema.columns where table_schema ="
                    + " 'membership' and table_name = 'member_change' and column_name = 'summary'"))
                    .as("no sentence is stored any more").isEmpty();
            assertThat(rows(statement, "select kind || '|' || coalesce(side, '-') || '|' || coalesce(group_name, '-')"
                    + " || '|' || coalesce(roles, '-') || '|' || coalesce(voting_rights::text, '-')"
                    + " from membership.member_change")).containsExactlyInAnyOrder(
                            "MemberAdmitted|EU|Civil society on the ground|member,editor|-",
                            "MemberAdmitted|OBSERVER|Industry|member|-",
                            "MemberRolesChanged|-|-|member,moderator|-",
                            "VotingRightsChanged|-|-|-|true",
                            "VotingRightsChanged|-|-|-|false",
                            "MemberSuspended|-|-|-|-",
                            "MemberProfileUpdated|-|-|-|-");
            assertThat(rows(statement, "select coalesce(language, '-') || '|' || coalesce(time_zone, '-')"
                    + " from membership.member")).containsExactly("-|-");
        }

        var admitted = HistoryLines.line("MemberAdmitted", Side.EU, "Civil society on the ground", "member,editor",
                null);
        assertThat(admitted.in(Locale.ENGLISH))
                .isEqualTo("Admitted to Civil society on the ground on the EU side as Member, Editor");
        assertThat(admitted.in(Locale.FRENCH))
                .isEqualTo(
                        "Admission dans le groupe Civil society on the ground côté UE en tant que Membre, Rédacteur");
        assertThat(admitted.in(Locale.GERMAN))
                .isEqualTo(
                        "Aufnahme in die Gruppe Civil society on the ground auf der EU-Seite als Mitglied, Redaktion");
        assertThat(HistoryLines.line("VotingRightsChanged", null, null, null, true).in(Locale.GERMAN))
                .isEqualTo("Stimmrecht erteilt");
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(AccordTestStack.jdbcUrl().replace("/postgres?", "/" + database + "?"));
    }

    private static String script(String name) throws IOException {
        try (InputStream in = HistoryMigrationTest.class.getResourceAsStream(MIGRATIONS + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> rows(Statement statement, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet row = statement.executeQuery(query)) {
            while (row.next()) {
                rows.add(row.getString(1));
            }
        }
        return rows;
    }
}
