package org.accord.stakeholders.internal.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.membership.api.MemberStatus;
import org.accord.platform.web.Keyset;
import org.accord.platform.web.PageRequest;

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

        /** A page of {@link #ordered()}, continuing after the (active, name, code) of the previous page's last. */
        public List<GroupEntity> ordered(PageRequest page) {
            Sort order = Sort.descending("active").and("name").and("code");
            var query = page.isFirst()
                    ? findAll(order)
                    : find("active < ?1 or (active = ?1 and (name > ?2 or (name = ?2 and code > ?3)))", order,
                            Boolean.valueOf(page.after().text(0)), page.after().text(1), page.after().text(2));
            return query.page(0, page.fetchSize()).list();
        }

        public static Keyset keyOf(GroupEntity group) {
            return Keyset.of(group.active, group.name, group.code);
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

        /** A page of {@link #inGroup(String)}, continuing after the (full name, id) of the previous page's last. */
        public List<MemberPositionEntity> inGroup(String groupCode, PageRequest page) {
            Sort byName = Sort.by("fullName").and("memberId");
            var query = page.isFirst()
                    ? find("groupCode = ?1 and status <> ?2", byName, groupCode, MemberStatus.LEFT)
                    : find("groupCode = ?1 and status <> ?2 and fullName >= ?3 and (fullName > ?3 or (fullName = ?3 and memberId > ?4))",
                            byName, groupCode, MemberStatus.LEFT, page.after().text(0), page.after().uuid(1));
            return query.page(0, page.fetchSize()).list();
        }

        public static Keyset keyOf(MemberPositionEntity member) {
            return Keyset.of(member.fullName, member.memberId);
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
