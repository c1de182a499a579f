package org.accord.transparency.internal.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** The log's entries, inserted once and never changed. Native SQL in the caller's transaction. */
@ApplicationScoped
public class EntryRows {

    public record StoredEntry(long seq, UUID sourceEventId, String type, UUID standardId, Instant occurredAt,
            Instant loggedAt, String text, byte[] leafHash) {
    }

    /** Which entries a page lists; a null field does not narrow. {@code until} is exclusive. */
    public record Filter(UUID standardId, String type, Instant from, Instant until) {
    }

    private static final String COLUMNS = "select seq, source_event_id, type, standard_id, occurred_at, logged_at,"
            + " entry, leaf_hash from transparency.entry ";

    private final EntityManager entityManager;

    EntryRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public boolean contains(UUID sourceEventId) {
        return !entityManager.createNativeQuery("select 1 from transparency.entry where source_event_id = ?1")
                .setParameter(1, sourceEventId).getResultList().isEmpty();
    }

    public void insert(StoredEntry entry) {
        entityManager.createNativeQuery("insert into transparency.entry (seq, source_event_id, type, standard_id,"
                + " occurred_at, logged_at, entry, leaf_hash) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, entry.seq()).setParameter(2, entry.sourceEventId()).setParameter(3, entry.type())
                .setParameter(4, entry.standardId()).setParameter(5, Timestamp.from(entry.occurredAt()))
                .setParameter(6, Timestamp.from(entry.loggedAt())).setParameter(7, entry.text())
                .setParameter(8, entry.leafHash()).executeUpdate();
    }

    public Optional<StoredEntry> bySeq(long seq) {
        return entries("where seq = ?1", seq).stream().findFirst();
    }

    /** Entries from {@code from} on, below {@code end}, in order. */
    public List<StoredEntry> range(long from, long end, int limit) {
        return entries("where seq >= ?1 and seq < ?2 order by seq limit ?3", from, end, limit);
    }

    /** The texts of entries from {@code from} on, below {@code end}, in order. */
    @SuppressWarnings("unchecked")
    public List<String> texts(long from, long end, int limit) {
        return entityManager.createNativeQuery("select entry from transparency.entry where seq >= ?1 and seq < ?2"
                + " order by seq limit ?3").setParameter(1, from).setParameter(2, end).setParameter(3, limit)
                .getResultList();
    }

    /** Entries matching the filter, newest first, below {@code before} (all when null). */
    public List<StoredEntry> newest(Filter filter, Long before, int limit) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        condition(conditions, parameters, "standard_id = ?", filter.standardId());
        condition(conditions, parameters, "type = ?", filter.type());
        condition(conditions, parameters, "occurred_at >= ?",
                filter.from() == null ? null : Timestamp.from(filter.from()));
        condition(conditions, parameters, "occurred_at < ?",
                filter.until() == null ? null : Timestamp.from(filter.until()));
        condition(conditions, parameters, "seq < ?", before);
        parameters.add(limit);
        String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + " ";
        return entries(where + "order by seq desc limit ?" + parameters.size(), parameters.toArray());
    }

    /** A standard's entries after {@code after}, oldest first. */
    public List<StoredEntry> ofStandard(UUID standardId, long after, int limit) {
        return entries("where standard_id = ?1 and seq > ?2 order by seq limit ?3", standardId, after, limit);
    }

    private static void condition(List<String> conditions, List<Object> parameters, String condition, Object value) {
        if (value != null) {
            parameters.add(value);
            conditions.add(condition + parameters.size());
        }
    }

    @SuppressWarnings("unchecked")
    private List<StoredEntry> entries(String where, Object... parameters) {
        Query query = entityManager.createNativeQuery(COLUMNS + where);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((List<Object[]>) query.getResultList()).stream()
                .map(row -> new StoredEntry(((Number) row[0]).longValue(), (UUID) row[1], (String) row[2],
                        (UUID) row[3], Times.instant(row[4]), Times.instant(row[5]), (String) row[6],
                        (byte[]) row[7]))
                .toList();
    }
}
