package org.accord.voting.internal.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.platform.web.Keyset;
import org.accord.platform.web.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The module's Panache repositories, one per table with an entity. */
public final class VotingRepositories {

    private VotingRepositories() {
    }

    @ApplicationScoped
    public static class Ballots implements PanacheRepositoryBase<BallotEntity, UUID> {

        public List<BallotEntity> recentFirst() {
            return listAll(Sort.descending("createdAt"));
        }

        /** Newest first, continuing after the (created at, id) of the previous page's last. */
        public List<BallotEntity> recentFirst(PageRequest page) {
            Sort newestFirst = Sort.descending("createdAt", "id");
            var query = page.isFirst()
                    ? findAll(newestFirst)
                    : find("createdAt <= ?1 and (createdAt < ?1 or (createdAt = ?1 and id < ?2))", newestFirst,
                            page.after().instant(0),
                            page.after().uuid(1));
            return query.page(0, page.fetchSize()).list();
        }

        public static Keyset keyOf(BallotEntity ballot) {
            return Keyset.of(ballot.createdAt, ballot.id);
        }

        public List<BallotEntity> closingFirst(List<UUID> ids) {
            return ids.isEmpty() ? List.of() : list("id in ?1", Sort.by("closesAt").and("id"), ids);
        }

        public static Keyset closingKeyOf(BallotEntity ballot) {
            return Keyset.of(ballot.closesAt, ballot.id);
        }

        public List<BallotEntity> open() {
            return list("status", Sort.by("closesAt"), BallotEntity.Status.OPEN);
        }
    }

    @ApplicationScoped
    public static class Voters implements PanacheRepositoryBase<VoterEntity, UUID> {

        public Optional<VoterEntity> byUsername(String username) {
            return find("username", username).firstResultOptional();
        }
    }

    @ApplicationScoped
    public static class MemberGroups implements PanacheRepositoryBase<MemberGroupEntity, UUID> {
    }

    @ApplicationScoped
    public static class DraftVersions implements PanacheRepositoryBase<DraftVersionEntity, UUID> {

        public List<DraftVersionEntity> recentFirst() {
            return listAll(Sort.descending("publishedAt"));
        }
    }

    @ApplicationScoped
    public static class Standards implements PanacheRepositoryBase<StandardEntity, UUID> {
    }
}
