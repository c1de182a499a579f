package org.accord.stakeholders.internal.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.membership.api.MemberStatus;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The module's Panache repositories, one per table. */
public final class StakeholderRepositories {

    private StakeholderRepositories() {
    }

    @ApplicationScoped
    public static class Groups implements PanacheRepositoryBase<GroupEntity, String> {

        /** Active groups first, then by name. */
        public List<GroupEntity> ordered() {
            return listAll(Sort.descending("active").and("name"));
        }
    }

    @ApplicationScoped
    public static class Members implements PanacheRepositoryBase<MemberPositionEntity, UUID> {

        public List<MemberPositionEntity> active() {
            return list("status", Sort.by("fullName"), MemberStatus.ACTIVE);
        }

        public List<MemberPositionEntity> inGroup(String groupCode) {
            return list("groupCode = ?1 and status <> ?2", Sort.by("fullName"), groupCode, MemberStatus.LEFT);
        }

        public List<MemberPositionEntity> current() {
            return list("status <> ?1 and groupCode is not null", MemberStatus.LEFT);
        }
    }

    @ApplicationScoped
    public static class Memberships implements PanacheRepositoryBase<GroupMembershipEntity, UUID> {

        public Optional<GroupMembershipEntity> open(UUID memberId) {
            return find("memberId = ?1 and leftAt is null", memberId).firstResultOptional();
        }

        public List<GroupMembershipEntity> history(UUID memberId) {
            return list("memberId", Sort.descending("joinedAt"), memberId);
        }
    }

    @ApplicationScoped
    public static class Rules implements PanacheRepositoryBase<BalanceRuleEntity, String> {

        public List<BalanceRuleEntity> ordered() {
            return listAll(Sort.by("id"));
        }
    }

    @ApplicationScoped
    public static class Alerts implements PanacheRepositoryBase<BalanceAlertEntity, UUID> {

        public List<BalanceAlertEntity> open() {
            return list("clearedAt is null", Sort.by("ruleId"));
        }

        public List<BalanceAlertEntity> recent(int limit) {
            return find("", Sort.descending("raisedAt")).page(0, limit).list();
        }
    }
}
