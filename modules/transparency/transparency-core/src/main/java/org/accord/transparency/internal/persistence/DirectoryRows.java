package org.accord.transparency.internal.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.accord.transparency.internal.policy.Directory;

/**
 * The log's directory in the {@code transparency} schema: written only by the event handlers, read by the publication
 * policy; native SQL in the caller's transaction.
 */
@ApplicationScoped
public class DirectoryRows implements Directory {

    private static final String MEMBER_COLUMNS = "select cast(id as text), full_name, side, group_code"
            + " from transparency.member ";

    private final EntityManager entityManager;

    DirectoryRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void admit(UUID memberId, String username, String fullName, String side, String groupCode) {
        entityManager.createNativeQuery("insert into transparency.member (id, username, full_name, side, group_code)"
                + " values (?1, ?2, ?3, ?4, ?5) on conflict (id) do update set username = excluded.username,"
                + " full_name = excluded.full_name, side = excluded.side, group_code = excluded.group_code")
                .setParameter(1, memberId).setParameter(2, username).setParameter(3, fullName).setParameter(4, side)
                .setParameter(5, groupCode).executeUpdate();
    }

    public void rename(UUID memberId, String fullName) {
        entityManager.createNativeQuery("update transparency.member set full_name = ?2 where id = ?1")
                .setParameter(1, memberId).setParameter(2, fullName).executeUpdate();
    }

    public void joinGroup(UUID memberId, String groupCode) {
        entityManager.createNativeQuery("update transparency.member set group_code = ?2 where id = ?1")
                .setParameter(1, memberId).setParameter(2, groupCode).executeUpdate();
    }

    public void addVersion(UUID versionId, UUID standardId, String label) {
        entityManager.createNativeQuery("insert into transparency.draft_version (id, standard_id, label)"
                + " values (?1, ?2, ?3) on conflict (id) do nothing").setParameter(1, versionId)
                .setParameter(2, standardId).setParameter(3, label).executeUpdate();
    }

    public void addBallot(UUID ballotId, UUID standardId, String title) {
        entityManager.createNativeQuery("insert into transparency.ballot (id, standard_id, title)"
                + " values (?1, ?2, ?3) on conflict (id) do nothing").setParameter(1, ballotId)
                .setParameter(2, standardId).setParameter(3, title).executeUpdate();
    }

    public void addBundle(UUID bundleId, UUID standardId) {
        entityManager.createNativeQuery("insert into transparency.bundle (id, standard_id) values (?1, ?2)"
                + " on conflict (id) do nothing").setParameter(1, bundleId).setParameter(2, standardId)
                .executeUpdate();
    }

    @Override
    public Optional<Member> member(String memberId) {
        return first(entityManager.createNativeQuery(MEMBER_COLUMNS + "where id = ?1")
                .setParameter(1, UUID.fromString(memberId)).getResultList()).map(DirectoryRows::member);
    }

    @Override
    public Optional<Member> memberWithUsername(String username) {
        return first(entityManager.createNativeQuery(MEMBER_COLUMNS + "where username = ?1 order by id")
                .setParameter(1, username).setMaxResults(1).getResultList()).map(DirectoryRows::member);
    }

    @Override
    public Optional<Version> version(String versionId) {
        return first(entityManager.createNativeQuery("select cast(standard_id as text), label"
                + " from transparency.draft_version where id = ?1").setParameter(1, UUID.fromString(versionId))
                .getResultList()).map(row -> new Version((String) row[0], (String) row[1]));
    }

    @Override
    public Optional<Ballot> ballot(String ballotId) {
        return first(entityManager.createNativeQuery("select cast(standard_id as text), title"
                + " from transparency.ballot where id = ?1").setParameter(1, UUID.fromString(ballotId))
                .getResultList()).map(row -> new Ballot((String) row[0], (String) row[1]));
    }

    @Override
    public Optional<String> standardOfBundle(String bundleId) {
        return entityManager.createNativeQuery("select cast(standard_id as text) from transparency.bundle"
                + " where id = ?1").setParameter(1, UUID.fromString(bundleId)).getResultList().stream()
                .map(String.class::cast).findFirst();
    }

    private static Member member(Object[] row) {
        return new Member((String) row[0], (String) row[1], (String) row[2], (String) row[3]);
    }

    /** The first row of a query of several columns. */
    private static Optional<Object[]> first(List<?> rows) {
        return rows.stream().map(Object[].class::cast).findFirst();
    }
}
