package org.accord.platform.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps event content too large for Kafka in {@code platform.claim_check}, in the caller's transaction, and hands it to
 * consumers only when it still has the hash the event names.
 */
@ApplicationScoped
public class ClaimChecks {

    private final DataSource dataSource;

    ClaimChecks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public ClaimCheck store(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        ClaimCheck check = new ClaimCheck(UUID.randomUUID(), sha256(bytes), bytes.length);
        String sql = "insert into platform.claim_check (id, sha256, bytes, content, created_at) values (?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, check.id());
            statement.setString(2, check.sha256());
            statement.setInt(3, check.bytes());
            statement.setString(4, content);
            statement.setTimestamp(5, Timestamp.from(Instant.now()));
            statement.executeUpdate();
            return check;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep event content of " + bytes.length + " bytes", e);
        }
    }

    /**
     * The content the check names. Content that is missing or does not have the named hash can never be applied, so the
     * event is refused as poison and kept as a dead letter.
     */
    public String fetch(ClaimCheck check) {
        String content = read(check.id());
        if (content == null) {
            throw new PoisonEventException("There is no claim-checked content " + check.id());
        }
        String actual = sha256(content.getBytes(StandardCharsets.UTF_8));
        if (!actual.equals(check.sha256())) {
            throw new PoisonEventException("Claim-checked content " + check.id() + " has SHA-256 " + actual
                    + ", the event names " + check.sha256());
        }
        return content;
    }

    private String read(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection
                        .prepareStatement("select content from platform.claim_check where id = ?")) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read claim-checked content " + id, e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
