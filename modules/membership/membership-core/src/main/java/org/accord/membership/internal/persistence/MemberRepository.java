package org.accord.membership.internal.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.membership.internal.domain.Email;
import org.accord.membership.internal.domain.LanguageAndZone;
import org.accord.membership.internal.domain.Member;
import org.accord.membership.internal.domain.MemberRoles;
import org.accord.membership.internal.domain.Profile;
import org.accord.platform.web.Keyset;
import org.accord.platform.web.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Members as domain objects; the entity never leaves this package's callers' transactions. */
@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<MemberEntity, UUID> {

    private static final Sort BY_NAME = Sort.by("fullName").and("id");

    public Optional<Member> member(UUID id) {
        return findByIdOptional(id).map(MemberRepository::toDomain);
    }

    public Optional<Member> byUsername(String username) {
        return find("username", username).firstResultOptional().map(MemberRepository::toDomain);
    }

    /**
     * The language and time zone of the member signed in as {@code username}, read without loading the member: one
     * query on the unique username, for every page a member opens.
     */
    public Optional<LanguageAndZone> languageAndZone(String username) {
        return getEntityManager()
                .createQuery("select new org.accord.membership.internal.domain.LanguageAndZone(m.language, m.timeZone)"
                        + " from MemberEntity m where m.username = :username", LanguageAndZone.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    public boolean emailTaken(Email email) {
        return count("email", email.value()) > 0;
    }

    /** A directory query: JPQL conditions on {@link MemberEntity} and their named parameters. */
    public record Where(String conditions, Parameters parameters) {
    }

    public List<MemberEntity> directory(Where where) {
        return find(where.conditions(), BY_NAME, where.parameters()).list();
    }

    /** A page of the directory in name order, continuing after the (full name, id) of the previous page's last. */
    public List<MemberEntity> directory(Where where, PageRequest page) {
        String conditions = where.conditions();
        Parameters parameters = where.parameters();
        if (!page.isFirst()) {
            conditions = "(" + conditions
                    + ") and fullName >= :afterName and (fullName > :afterName or (fullName = :afterName and id > :afterId))";
            parameters.and("afterName", page.after().text(0)).and("afterId", page.after().uuid(1));
        }
        return find(conditions, BY_NAME, parameters).page(0, page.fetchSize()).list();
    }

    public static Keyset keyOf(MemberEntity member) {
        return Keyset.of(member.fullName, member.id);
    }

    public boolean identityHeld(String identityId) {
        return count("identityId", identityId) > 0;
    }

    public String identityId(UUID memberId) {
        return findById(memberId).identityId;
    }

    public List<UUID> allIds() {
        return getEntityManager().createQuery("select m.id from MemberEntity m order by m.admittedAt, m.id", UUID.class)
                .getResultList();
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
        entity.language = member.languageAndZone().language();
        entity.timeZone = member.languageAndZone().timeZone();
        entity.side = member.side();
        entity.roles = member.roles().stored();
        entity.votingRights = member.votingRights();
        entity.status = member.status();
    }

    static Member toDomain(MemberEntity entity) {
        return new Member(entity.id, new Email(entity.email), entity.username,
                new Profile(entity.fullName, entity.affiliation),
                new LanguageAndZone(entity.language, entity.timeZone), entity.side, MemberRoles.parse(entity.roles),
                entity.votingRights, entity.status, entity.admittedAt);
    }
}
