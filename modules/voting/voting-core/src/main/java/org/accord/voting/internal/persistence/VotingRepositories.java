package org.accord.voting.internal.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

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
