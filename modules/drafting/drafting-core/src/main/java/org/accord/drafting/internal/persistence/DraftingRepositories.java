package org.accord.drafting.internal.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.platform.web.Keyset;
import org.accord.platform.web.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The module's Panache repositories, one per table. */
public final class DraftingRepositories {

    private DraftingRepositories() {
    }

    @ApplicationScoped
    public static class Standards implements PanacheRepositoryBase<StandardEntity, UUID> {

        public List<StandardEntity> ordered() {
            return listAll(Sort.by("reference"));
        }

        /** References are unique, so the reference alone orders and continues the list. */
        public List<StandardEntity> ordered(PageRequest page) {
            var query = page.isFirst()
                    ? findAll(Sort.by("reference"))
                    : find("reference > ?1", Sort.by("reference"), page.after().text(0));
            return query.page(0, page.fetchSize()).list();
        }

        public static Keyset keyOf(StandardEntity standard) {
            return Keyset.of(standard.reference);
        }

        public boolean referenceTaken(String reference) {
            return count("lower(reference) = lower(?1)", reference) > 0;
        }
    }

    @ApplicationScoped
    public static class Clauses implements PanacheRepositoryBase<ClauseEntity, UUID> {

        public List<ClauseEntity> current(UUID standardId) {
            return list("standardId = ?1 and removed = false", standardId);
        }

        /**
         * Every current clause of a standard with its current revision, in one statement: read in two, a change
         * committed between them would pair a clause with no revision.
         */
        public List<CurrentClause> currentWithRevisions(UUID standardId) {
            return getEntityManager().createQuery("select c, r from ClauseEntity c, ClauseRevisionEntity r"
                    + " where c.standardId = ?1 and c.removed = false and r.id = c.currentRevisionId", Object[].class)
                    .setParameter(1, standardId).getResultList().stream()
                    .map(row -> new CurrentClause((ClauseEntity) row[0], (ClauseRevisionEntity) row[1])).toList();
        }
    }

    /** A clause and the revision that is its current text. */
    public record CurrentClause(ClauseEntity clause, ClauseRevisionEntity revision) {
    }

    @ApplicationScoped
    public static class Revisions implements PanacheRepositoryBase<ClauseRevisionEntity, UUID> {

        /** The current revision of every clause of a standard, in one query. */
        public List<ClauseRevisionEntity> current(UUID standardId) {
            return list("select r from ClauseRevisionEntity r, ClauseEntity c where c.standardId = ?1"
                    + " and c.removed = false and r.id = c.currentRevisionId", standardId);
        }

        public List<ClauseRevisionEntity> history(UUID clauseId) {
            return list("clauseId", Sort.descending("number"), clauseId);
        }

        public Optional<ClauseRevisionEntity> byNumber(UUID clauseId, int number) {
            return find("clauseId = ?1 and number = ?2", clauseId, number).firstResultOptional();
        }

        public List<ClauseRevisionEntity> byIds(Collection<UUID> ids) {
            return ids.isEmpty() ? List.of() : list("id in ?1", ids);
        }
    }

    @ApplicationScoped
    public static class Versions implements PanacheRepositoryBase<DraftVersionEntity, UUID> {

        public List<DraftVersionEntity> of(UUID standardId) {
            return list("standardId", Sort.descending("publishedAt"), standardId);
        }

        /** Newest first, continuing after the (published at, id) of the previous page's last. */
        public List<DraftVersionEntity> of(UUID standardId, PageRequest page) {
            Sort newestFirst = Sort.descending("publishedAt", "id");
            var query = page.isFirst()
                    ? find("standardId", newestFirst, standardId)
                    : find("standardId = ?1 and publishedAt <= ?2 and (publishedAt < ?2 or (publishedAt = ?2 and id < ?3))",
                            newestFirst,
                            standardId, page.after().instant(0), page.after().uuid(1));
            return query.page(0, page.fetchSize()).list();
        }

        public static Keyset keyOf(DraftVersionEntity version) {
            return Keyset.of(version.publishedAt, version.id);
        }

        public Optional<DraftVersionEntity> latest(UUID standardId) {
            return find("standardId", Sort.descending("publishedAt"), standardId).firstResultOptional();
        }

        public long countWithPrefix(UUID standardId, String prefix) {
            return count("standardId = ?1 and label like ?2", standardId, prefix + " %");
        }
    }

    @ApplicationScoped
    public static class Suggestions implements PanacheRepositoryBase<SuggestionEntity, UUID> {

        public List<SuggestionEntity> of(UUID standardId) {
            return list("standardId", Sort.descending("createdAt"), standardId);
        }

        /** Newest first, continuing after the (created at, id) of the previous page's last. */
        public List<SuggestionEntity> of(UUID standardId, PageRequest page) {
            Sort newestFirst = Sort.descending("createdAt", "id");
            var query = page.isFirst()
                    ? find("standardId", newestFirst, standardId)
                    : find("standardId = ?1 and createdAt <= ?2 and (createdAt < ?2 or (createdAt = ?2 and id < ?3))",
                            newestFirst,
                            standardId, page.after().instant(0), page.after().uuid(1));
            return query.page(0, page.fetchSize()).list();
        }

        public static Keyset keyOf(SuggestionEntity suggestion) {
            return Keyset.of(suggestion.createdAt, suggestion.id);
        }
    }

    @ApplicationScoped
    public static class Changes implements PanacheRepositoryBase<StandardChangeEntity, UUID> {

        public List<StandardChangeEntity> of(UUID standardId) {
            return list("standardId", Sort.descending("at"), standardId);
        }

        /**
         * Newest first, continuing after the (at, id) of the previous page's last. The redundant {@code at <= ?2} lets
         * the index on (standard id, at) start at the key, so a deep page costs what the first does.
         */
        public List<StandardChangeEntity> of(UUID standardId, PageRequest page) {
            Sort newestFirst = Sort.descending("at", "id");
            var query = page.isFirst()
                    ? find("standardId", newestFirst, standardId)
                    : find("standardId = ?1 and at <= ?2 and (at < ?2 or (at = ?2 and id < ?3))", newestFirst,
                            standardId,
                            page.after().instant(0), page.after().uuid(1));
            return query.page(0, page.fetchSize()).list();
        }

        public static Keyset keyOf(StandardChangeEntity change) {
            return Keyset.of(change.at, change.id);
        }

        public List<StandardChangeEntity> ofClause(UUID clauseId) {
            return list("clauseId", Sort.descending("at"), clauseId);
        }
    }

    @ApplicationScoped
    public static class BallotResults implements PanacheRepositoryBase<BallotResultEntity, String> {

        /** Passed ballots on the version that have carried no stage change yet, newest first. */
        public List<BallotResultEntity> unusedPassed(UUID draftVersionId) {
            return list("draftVersionId = ?1 and passed = true and carriedStage is null",
                    Sort.descending("closedAt"), draftVersionId);
        }
    }

    @ApplicationScoped
    public static class VersionBallots implements PanacheRepositoryBase<VersionBallotEntity, String> {

        /**
         * What freezes a standard's text: a ballot open on its latest draft version, if any, named with that version's
         * label, such as "ballot 5f3… on CD 2".
         */
        public Optional<String> freezing(UUID standardId) {
            return getEntityManager().createQuery("select 'ballot ' || b.ballotId || ' on ' || v.label"
                    + " from VersionBallotEntity b, DraftVersionEntity v where b.draftVersionId = v.id"
                    + " and b.endedAt is null and v.standardId = ?1 and v.publishedAt = (select max(l.publishedAt)"
                    + " from DraftVersionEntity l where l.standardId = ?1)", String.class).setParameter(1, standardId)
                    .setMaxResults(1).getResultStream().findFirst();
        }
    }
}
