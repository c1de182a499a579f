package org.accord.membership.internal.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.accord.membership.internal.domain.Email;
import org.accord.membership.internal.domain.Member;
import org.accord.membership.internal.domain.MemberRoles;
import org.accord.membership.internal.domain.Profile;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Members as domain objects; the entity never leaves this package's callers' transactions. */
@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<MemberEntity, UUID> {

    public Optional<Member> member(UUID id) {
        return findByIdOptional(id).map(MemberRepository::toDomain);
    }

    public Optional<Member> byUsername(String username) {
        return find("username", username).firstResultOptional().map(MemberRepository::toDomain);
    }

    public boolean emailTaken(Email email) {
        return count("email", email.value()) > 0;
    }

    public boolean identityHeld(String identityId) {
        return count("identityId", identityId) > 0;
    }

    /** The member, its row locked until the transaction ends, so that changes to it wait. */
    public Optional<Member> locked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(MemberRepository::toDomain);
    }

    public String identityId(UUID memberId) {
        return findById(memberId).identityId;
    }

    public List<UUID> allIds() {
        return getEntityManager().createQuery("select m.id from MemberEntity m order by m.admittedAt, m.id", UUID.class)
                .getResultList();
    }

    public List<MemberEntity> allByName() {
        return listAll(Sort.by("fullName").and("id"));
    }

    public void add(Member member, String identityId) {
        MemberEntity entity = new MemberEntity();
        entity.id = member.id();
        entity.email = member.email().value();
        entity.username = member.username();
        entity.identityId = identityId;
        entity.admittedAt = member.admittedAt();
        copy(member, entity);
        persist(entity);
    }

    public void update(Member member) {
        copy(member, findById(member.id()));
    }

    private static void copy(Member member, MemberEntity entity) {
        entity.fullName = member.profile().fullName();
        entity.affiliation = member.profile().affiliation();
        entity.side = member.side();
        entity.roles = member.roles().stored();
        entity.votingRights = member.votingRights();
        entity.status = member.status();
    }

    static Member toDomain(MemberEntity entity) {
        return new Member(entity.id, new Email(entity.email), entity.username,
                new Profile(entity.fullName, entity.affiliation), entity.side, MemberRoles.parse(entity.roles),
                entity.votingRights, entity.status, entity.admittedAt);
    }
}
