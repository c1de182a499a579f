package org.accord.review.internal.app;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.accord.review.api.query.ReviewQueries;

/**
 * What other modules read of review. For their pages, in native SQL: each answer is one statement (two for the comments
 * revisions answer), whatever the number of rounds, clauses or comments. The disposition report of a version is read as
 * the round pages read a round ({@link VersionReports}). A comment counts only where every member may see it: its round
 * shows comments while open or has closed, and it was not withdrawn.
 */
@ApplicationScoped
@Transactional
public class ReviewFacts implements ReviewQueries {

    /** The comment {@code c} in round {@code r} is one every member may see. */
    private static final String SEEN_BY_ALL = " c.status <> 'WITHDRAWN' and (r.visible_while_open or r.status = 'CLOSED')";

    private final EntityManager entityManager;
    private final VersionReports versionReports;

    ReviewFacts(EntityManager entityManager, VersionReports versionReports) {
        this.entityManager = entityManager;
        this.versionReports = versionReports;
    }

    @Override
    public List<RoundOnVersion> roundsOfStandard(UUID standardId) {
        List<Object[]> rows = rows(entityManager.createNativeQuery("select r.id, r.title, r.draft_version_id,"
                + " v.label, r.status, r.closes_at, case when r.visible_while_open or r.status = 'CLOSED' then"
                + " (select count(*) from review.comment c where c.round_id = r.id and c.status <> 'WITHDRAWN')"
                + " else 0 end from review.round r join review.draft_version v on v.id = r.draft_version_id"
                + " where r.standard_id = :standard order by r.created_at desc, r.id desc")
                .setParameter("standard", standardId).getResultList());
        return rows.stream().map(row -> new RoundOnVersion((UUID) row[0], (String) row[1], (UUID) row[2],
                (String) row[3], (String) row[4], instant(row[5]), ((Number) row[6]).intValue())).toList();
    }

    @Override
    public Map<UUID, Integer> commentCounts(UUID standardId) {
        List<Object[]> rows = rows(entityManager.createNativeQuery("select c.clause_id, count(*) from review.comment c"
                + " join review.round r on r.id = c.round_id where r.standard_id = :standard"
                + " and c.clause_id is not null and" + SEEN_BY_ALL + " group by c.clause_id")
                .setParameter("standard", standardId).getResultList());
        Map<UUID, Integer> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }

    @Override
    public List<ClauseComment> commentsOnClause(UUID clauseId) {
        List<Object[]> rows = rows(entityManager.createNativeQuery("select r.id, r.title, v.label, c.clause_number,"
                + " c.id, c.number, c.type, c.author_name, c.hidden_at is not null, d.decision"
                + " from review.comment c join review.round r on r.id = c.round_id"
                + " join review.draft_version v on v.id = r.draft_version_id"
                + " left join review.disposition d on d.id = c.disposition_id"
                + " where c.clause_id = :clause and" + SEEN_BY_ALL
                + " order by r.created_at, r.id, c.number")
                .setParameter("clause", clauseId).getResultList());
        return rows.stream().map(row -> new ClauseComment((UUID) row[0], (String) row[1], (String) row[2],
                (String) row[3], (UUID) row[4], reference(row[5]), (String) row[6], (String) row[7],
                Boolean.TRUE.equals(row[8]), (String) row[9])).toList();
    }

    @Override
    public Map<UUID, List<AnsweredComment>> commentsAnsweredBy(Collection<UUID> revisionIds) {
        if (revisionIds == null || revisionIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = rows(entityManager.createNativeQuery("select a.revision_id, c.id, c.round_id,"
                + " c.number, r.created_at from review.revision_answer a join review.comment c on c.id = a.comment_id"
                + " join review.round r on r.id = c.round_id where a.revision_id in (:revisions) and" + SEEN_BY_ALL
                + " union select dr.revision_id, c.id, c.round_id, c.number, r.created_at"
                + " from review.disposition_revision dr join review.comment c on c.disposition_id = dr.disposition_id"
                + " join review.round r on r.id = c.round_id where dr.revision_id in (:revisions) and" + SEEN_BY_ALL
                + " order by 1, 5, 3, 4").setParameter("revisions", Set.copyOf(revisionIds)).getResultList());
        Map<UUID, List<AnsweredComment>> answered = new LinkedHashMap<>();
        for (Object[] row : rows) {
            answered.computeIfAbsent((UUID) row[0], revision -> new ArrayList<>())
                    .add(new AnsweredComment((UUID) row[1], (UUID) row[2], reference(row[3])));
        }
        return answered;
    }

    @Override
    public Set<UUID> commentsOfStandard(UUID standardId, Collection<UUID> commentIds) {
        if (commentIds == null || commentIds.isEmpty()) {
            return Set.of();
        }
        List<?> ids = entityManager.createNativeQuery("select c.id from review.comment c join review.round r"
                + " on r.id = c.round_id where r.standard_id = :standard and c.id in (:comments)")
                .setParameter("standard", standardId).setParameter("comments", Set.copyOf(commentIds))
                .getResultList();
        Set<UUID> found = new HashSet<>();
        for (Object id : ids) {
            found.add((UUID) id);
        }
        return found;
    }

    @Override
    public DispositionReport dispositionReport(UUID draftVersionId) {
        return versionReports.report(draftVersionId);
    }

    @Override
    public byte[] dispositionSheet(UUID draftVersionId) {
        return versionReports.sheet(draftVersionId);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }

    private static String reference(Object number) {
        return "#" + ((Number) number).intValue();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case Timestamp timestamp -> timestamp.toInstant();
            case OffsetDateTime offset -> offset.toInstant();
            default -> throw new IllegalStateException("Not a time: " + value.getClass().getName());
        };
    }
}
