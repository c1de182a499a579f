package org.accord.review.internal.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.platform.web.Keyset;
import org.accord.platform.web.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The module's Panache repositories, one per table with an entity. */
public final class ReviewRepositories {

    private ReviewRepositories() {
    }

    @ApplicationScoped
    public static class Rounds implements PanacheRepositoryBase<RoundEntity, UUID> {

        /** Newest first, continuing after the (created at, id) of the previous page's last. */
        public List<RoundEntity> recentFirst(PageRequest page) {
            Sort newestFirst = Sort.descending("createdAt", "id");
            var query = page.isFirst()
                    ? findAll(newestFirst)
                    : find("createdAt <= ?1 and (createdAt < ?1 or (createdAt = ?1 and id < ?2))", newestFirst,
                            page.after().instant(0), page.after().uuid(1));
            return query.page(0, page.fetchSize()).list();
        }

        public static Keyset keyOf(RoundEntity round) {
            return Keyset.of(round.createdAt, round.id);
        }

        /** The rounds on a draft version, oldest first. */
        public List<RoundEntity> onVersion(UUID draftVersionId) {
            return list("draftVersionId", Sort.ascending("createdAt", "id"), draftVersionId);
        }
    }

    @ApplicationScoped
    public static class Comments implements PanacheRepositoryBase<CommentEntity, UUID> {

        public List<CommentEntity> ofRound(UUID roundId) {
            return list("roundId", Sort.by("number"), roundId);
        }

        public long awaitingDisposition(UUID roundId) {
            return count("roundId = ?1 and status = ?2 and hiddenAt is null and dispositionId is null", roundId,
                    CommentEntity.Status.STANDING);
        }

        public long standing(UUID roundId) {
            return count("roundId = ?1 and status = ?2", roundId, CommentEntity.Status.STANDING);
        }
    }

    @ApplicationScoped
    public static class Dispositions implements PanacheRepositoryBase<DispositionEntity, UUID> {
    }

    @ApplicationScoped
    public static class Members implements PanacheRepositoryBase<MemberEntity, UUID> {

        public Optional<MemberEntity> byUsername(String username) {
            return find("username", username).firstResultOptional();
        }
    }

    @ApplicationScoped
    public static class MemberGroups implements PanacheRepositoryBase<MemberGroupEntity, UUID> {
    }

    @ApplicationScoped
    public static class Standards implements PanacheRepositoryBase<StandardEntity, UUID> {
    }

    @ApplicationScoped
    public static class DraftVersions implements PanacheRepositoryBase<DraftVersionEntity, UUID> {

        public List<DraftVersionEntity> recentFirst() {
            return listAll(Sort.descending("publishedAt"));
        }

        public Optional<DraftVersionEntity> latestOf(UUID standardId) {
            return find("standardId", Sort.descending("publishedAt"), standardId).firstResultOptional();
        }
    }
}
