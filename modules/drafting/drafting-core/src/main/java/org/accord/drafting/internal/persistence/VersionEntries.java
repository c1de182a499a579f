package org.accord.drafting.internal.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.drafting.internal.domain.ClauseKind;
import org.accord.drafting.internal.domain.VersionEntry;

/**
 * The frozen clause lists of draft versions. Plain JDBC in batches: a version of a 4,000-clause standard is 4,000 rows
 * written and read at once.
 */
@ApplicationScoped
public class VersionEntries {

    private final DataSource dataSource;

    VersionEntries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void insert(UUID versionId, List<VersionEntry> entries) {
        String sql = "insert into drafting.draft_version_entry"
                + " (version_id, ordinal, clause_id, revision_id, parent_id, position, kind, number)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            int ordinal = 0;
            for (VersionEntry entry : entries) {
                statement.setObject(1, versionId);
                statement.setInt(2, ordinal++);
                statement.setObject(3, entry.clauseId());
                statement.setObject(4, entry.revisionId());
                statement.setObject(5, entry.parentId());
                statement.setInt(6, entry.position());
                statement.setString(7, entry.kind().name());
                statement.setString(8, entry.number());
                statement.addBatch();
                if (ordinal % 500 == 0) {
                    statement.executeBatch();
                }
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the clauses of version " + versionId, e);
        }
    }

    /** The version's clauses in document order, with the heading and text of the frozen revision. */
    public List<VersionEntry> of(UUID versionId) {
        String sql = "select e.clause_id, e.revision_id, e.parent_id, e.position, e.kind, e.number, r.heading, r.text"
                + " from drafting.draft_version_entry e join drafting.clause_revision r on r.id = e.revision_id"
                + " where e.version_id = ? order by e.ordinal";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, versionId);
            List<VersionEntry> entries = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(new VersionEntry(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                            rows.getObject(3, UUID.class), rows.getInt(4), ClauseKind.valueOf(rows.getString(5)),
                            rows.getString(6), rows.getString(7), rows.getString(8)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the clauses of version " + versionId, e);
        }
    }
}
