package org.accord.app.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.accord.app.publishing.ConsensusDrafts;
import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code make backup} and {@code make restore} on the application's real database: a backup taken while the application
 * runs comes back whole into an empty database, and a damaged backup or a database in use changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class BackupRestoreTest {

    private static final String LIVE_DATABASE = "postgres";

    @Inject
    ConsensusDrafts drafts;

    private final String target = "restored_" + UUID.randomUUID().toString().substring(0, 8);
    private Path folder;

    @BeforeEach
    void folder() throws IOException {
        folder = Files.createDirectories(Path.of("target/backups", target));
    }

    @AfterEach
    void dropTarget() throws SQLException {
        try (Connection live = connect(LIVE_DATABASE); Statement statement = live.createStatement()) {
            statement.execute("drop database if exists \"" + target + "\"");
        }
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "editor", "moderator"})
    void backupTakenWhileWriting_restoresItsSnapshotWhole_intoAnEmptyDatabase_andSequencesGoOn()
            throws Exception {
        ConsensusDrafts.Draft draft = drafts.consensusDraft();
        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from transparency.entry where type"
                + " = 'ballot.closed' and entry like '%" + draft.ballotId() + "%'") == 1);
        Path backup = folder.resolve("accord.dump");

        try (Connection live = connect(LIVE_DATABASE)) {
            // The backup's own snapshot, read here as well, while the application goes on writing.
            live.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            live.setAutoCommit(false);
            String snapshot = single(live, "select pg_export_snapshot()");
            UUID writtenMeanwhile = drafts.publishedWorkingDraft().standardId();
            DatabaseScripts.Run backedUp = DatabaseScripts.backup(url(LIVE_DATABASE), backup, snapshot);
            assertThat(backedUp.exitCode()).as(backedUp.output()).isZero();
            assertThat(backedUp.output()).contains("Backed up database postgres").contains(backup.toString());

            Map<String, DatabaseContent.Rows> tables = DatabaseContent.tables(live);
            assertThat(tables).as("the application's data of several modules is in the backup")
                    .allSatisfy((table, rows) -> assertThat(rows.md5()).isNotBlank())
                    .extractingByKeys("membership.member", "drafting.standard", "voting.ballot", "voting.vote",
                            "transparency.entry")
                    .allSatisfy(rows -> assertThat(rows.count()).isPositive());
            List<String> objects = DatabaseContent.objects(live);
            List<String> migrations = DatabaseContent.migrations(live);

            DatabaseScripts.Run restored = DatabaseScripts.restore(url(target), backup);
            assertThat(restored.exitCode()).as(restored.output()).isZero();
            assertThat(restored.output()).contains("Restored database " + target)
                    .contains(tables.size() + " tables");

            try (Connection copy = connect(target)) {
                assertThat(DatabaseContent.tables(copy)).isEqualTo(tables);
                assertThat(DatabaseContent.objects(copy)).isEqualTo(objects);
                assertThat(DatabaseContent.migrations(copy)).isEqualTo(migrations).isNotEmpty();
                assertThat(DatabaseContent.sequences(copy)).isNotEmpty()
                        .allSatisfy(sequence -> assertThat(sequence.next()).as(sequence.name())
                                .isGreaterThan(sequence.greatest()));
                assertThat(single(copy, "select count(*) from drafting.standard where id = '" + writtenMeanwhile
                        + "'")).as("a standard written after the snapshot").isEqualTo("0");
                long lastVote = Long.parseLong(single(copy, "select max(id) from voting.vote_history"));
                assertThat(voteAgain(copy, draft.ballotId())).isGreaterThan(lastVote);
            }
            live.rollback();
        }
    }

    @Test
    void truncatedBackup_failsClearly_andLeavesTheTargetAsItWas() throws Exception {
        Path backup = folder.resolve("accord.dump");
        assertThat(DatabaseScripts.backup(url(LIVE_DATABASE), backup, null).exitCode()).isZero();
        Path truncated = cutInItsData(backup);
        withMarkedTarget();

        DatabaseScripts.Run run = DatabaseScripts.restore(url(target), truncated);

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("failed and was rolled back; database " + target + " is unchanged");
        assertTargetAsItWas();
    }

    @Test
    void fileThatIsNoBackup_isRefusedBeforeAnythingHappens() throws Exception {
        Path notABackup = Files.writeString(folder.resolve("notes.dump"), "not a backup");
        withMarkedTarget();

        DatabaseScripts.Run run = DatabaseScripts.restore(url(target), notABackup);

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("is not a backup that pg_restore can read");
        assertTargetAsItWas();
    }

    @Test
    void databaseInUse_isRefused_withHowToStopTheApplication() throws Exception {
        Path backup = folder.resolve("accord.dump");
        assertThat(DatabaseScripts.backup(url(LIVE_DATABASE), backup, null).exitCode()).isZero();

        DatabaseScripts.Run run = DatabaseScripts.restore(url(LIVE_DATABASE), backup);

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("database postgres is in use").contains("'make down', then 'make up'");
        assertThat(count("select count(*) from pg_database where datname like 'postgres\\_%'")).isZero();
    }

    /**
     * The backup with its table of contents whole and half of its data cut off, so that pg_restore has begun restoring
     * when it finds out.
     */
    private Path cutInItsData(Path backup) throws IOException {
        byte[] whole = Files.readAllBytes(backup);
        Path cut = folder.resolve("truncated.dump");
        int readable = whole.length;
        for (int unreadable = 0; readable - unreadable > 1;) {
            int length = (readable + unreadable) / 2;
            Files.write(cut, Arrays.copyOf(whole, length));
            if (DatabaseScripts.contentsReadable(cut)) {
                readable = length;
            } else {
                unreadable = length;
            }
        }
        assertThat(readable).as("where the data begins").isLessThan(whole.length);
        Files.write(cut, Arrays.copyOf(whole, readable + (whole.length - readable) / 2));
        return cut;
    }

    /** The target exists and holds a row the restore must not lose when it fails. */
    private void withMarkedTarget() throws SQLException {
        try (Connection live = connect(LIVE_DATABASE); Statement statement = live.createStatement()) {
            statement.execute("create database \"" + target + "\"");
        }
        try (Connection marked = connect(target); Statement statement = marked.createStatement()) {
            statement.execute("create table marker (note text); insert into marker values ('before the restore')");
        }
    }

    private void assertTargetAsItWas() throws SQLException {
        try (Connection marked = connect(target)) {
            assertThat(single(marked, "select string_agg(note, ',') from marker")).isEqualTo("before the restore");
            assertThat(single(marked, "select count(*) from information_schema.schemata where schema_name in"
                    + " ('membership', 'voting', 'platform')")).isEqualTo("0");
        }
        assertThat(count("select count(*) from pg_database where datname like '" + target + "\\_%'")).isZero();
    }

    /** Casts the ballot's first vote once more in the restored database; @return the id its history row got */
    private static long voteAgain(Connection copy, UUID ballot) throws SQLException {
        try (PreparedStatement insert = copy.prepareStatement("insert into voting.vote_history (ballot_id, member_id,"
                + " position, cast_at) select ballot_id, member_id, position, now() from voting.vote_history"
                + " where ballot_id = ? order by id limit 1 returning id")) {
            insert.setObject(1, ballot);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    private static long count(String query) throws SQLException {
        try (Connection live = connect(LIVE_DATABASE)) {
            return Long.parseLong(single(live, query));
        }
    }

    private static String single(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database));
    }

    /** The test stack's server, another database on it. */
    private static String url(String database) {
        return AccordTestStack.jdbcUrl().replace("/postgres?", "/" + database + "?");
    }
}
