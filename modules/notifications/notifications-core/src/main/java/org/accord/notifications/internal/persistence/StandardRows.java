package org.accord.notifications.internal.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/** Standards, their draft versions and who follows each, from drafting's events and the members' choices. */
@ApplicationScoped
public class StandardRows {

    public record Standard(UUID id, String reference, String title, String stage, List<String> editors) {
    }

    /** A standard the member follows. */
    public record Followed(UUID standardId, String reference, String title, String stage, Instant since) {
    }

    private static final String STANDARD = "select id, reference, title, stage, editors from notifications.standard";

    private final Sql sql;

    StandardRows(Sql sql) {
        this.sql = sql;
    }

    public void create(UUID id, String reference, String title, List<String> editors) {
        sql.update("insert into notifications.standard (id, reference, title, stage, editors)"
                + " values (?, ?, ?, 'WORKING_DRAFT', ?) on conflict (id) do nothing", id, reference, title,
                Sql.texts(editors));
    }

    public void changeEditors(UUID id, List<String> editors) {
        sql.update("update notifications.standard set editors = ? where id = ?", Sql.texts(editors), id);
    }

    public void changeStage(UUID id, String stage) {
        sql.update("update notifications.standard set stage = ? where id = ?", stage, id);
    }

    public Optional<Standard> find(UUID id) {
        return sql.first(STANDARD + " where id = ?", StandardRows::standard, id);
    }

    /**
     * Adds a draft version, and names its standard on the ballots about it that opened before it was heard of (voting's
     * and drafting's events come on different topics).
     */
    public void addVersion(UUID versionId, UUID standardId, String label) {
        sql.update("insert into notifications.draft_version (id, standard_id, label) values (?, ?, ?)"
                + " on conflict (id) do nothing", versionId, standardId, label);
        sql.update("update notifications.ballot set standard_id = ? where draft_version_id = ?"
                + " and standard_id is null", standardId, versionId);
    }

    public Optional<UUID> standardOfVersion(UUID versionId) {
        return sql.first("select standard_id from notifications.draft_version where id = ?",
                row -> Sql.uuid(row, "standard_id"), versionId);
    }

    /** Those named follow the standard, unless they chose before whether to follow it. */
    public void followAutomatically(UUID standardId, Collection<String> usernames, Instant at) {
        sql.update("insert into notifications.follow (member_id, standard_id, following, since)"
                + " select member_id, ?, true, ? from notifications.member where username = any (?)"
                + " on conflict (member_id, standard_id) do nothing", standardId, at, Sql.texts(usernames));
    }

    public void choose(UUID memberId, UUID standardId, boolean following, Instant at) {
        sql.update("insert into notifications.follow (member_id, standard_id, following, since) values (?, ?, ?, ?)"
                + " on conflict (member_id, standard_id) do update set following = excluded.following,"
                + " since = case when follow.following = excluded.following then follow.since else excluded.since end",
                memberId, standardId, following, at);
    }

    public boolean follows(UUID memberId, UUID standardId) {
        return sql.first("select following from notifications.follow where member_id = ? and standard_id = ?",
                row -> row.getBoolean("following"), memberId, standardId).orElse(false);
    }

    public List<UUID> followers(UUID standardId) {
        return sql.list("select member_id from notifications.follow where standard_id = ? and following",
                row -> Sql.uuid(row, "member_id"), standardId);
    }

    public List<Followed> followedBy(UUID memberId) {
        return sql.list("select s.id, s.reference, s.title, s.stage, f.since from notifications.follow f"
                + " join notifications.standard s on s.id = f.standard_id where f.member_id = ? and f.following"
                + " order by s.reference, s.id",
                row -> new Followed(Sql.uuid(row, "id"), row.getString("reference"),
                        row.getString("title"), row.getString("stage"), Sql.instant(row, "since")),
                memberId);
    }

    /** Something done on the standard, for the home pages of those who follow it; once per event. */
    public void recordActivity(UUID eventId, UUID standardId, String kind, String paramsJson, Instant at) {
        sql.update("insert into notifications.activity (event_id, standard_id, kind, params, at)"
                + " values (?, ?, ?, cast(? as jsonb), ?) on conflict (event_id) do nothing", eventId, standardId,
                kind, paramsJson, at);
    }

    private static Standard standard(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Standard(Sql.uuid(row, "id"), row.getString("reference"), row.getString("title"),
                row.getString("stage"), Sql.texts(row, "editors"));
    }
}
