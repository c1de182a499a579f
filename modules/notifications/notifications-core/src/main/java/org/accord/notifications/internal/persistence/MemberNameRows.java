package org.accord.notifications.internal.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Members as the notifications module knows them from membership's events ({@code notifications.member}), read by
 * username: the signed-in person's member id and the name shown for who made a change. Native SQL in the caller's
 * transaction.
 */
@ApplicationScoped
public class MemberNameRows {

    private final EntityManager entityManager;

    MemberNameRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<UUID> memberIdOf(String username) {
        List<?> rows = entityManager.createNativeQuery("select member_id from notifications.member where username = ?1")
                .setParameter(1, username).getResultList();
        return rows.stream().findFirst().map(UUID.class::cast);
    }

    public Optional<String> fullNameOf(String username) {
        List<?> rows = entityManager.createNativeQuery("select full_name from notifications.member where username = ?1")
                .setParameter(1, username).getResultList();
        return rows.stream().findFirst().map(String.class::cast);
    }
}
