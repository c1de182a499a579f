package org.accord.drafting.internal.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.accord.drafting.internal.domain.UndisposedRound;

/**
 * Comment rounds drafting heard of from review, in native SQL so that each event is one idempotent statement. A round's
 * count of comments without a disposition is taken as announced until the round closes; after that it only falls.
 */
@ApplicationScoped
public class ReviewRounds {

    private final EntityManager entityManager;

    ReviewRounds(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A round opened; nothing changes if it is known already (a redelivery, or its close arrived first). */
    public void opened(UUID roundId, UUID standardId, UUID draftVersionId, String title) {
        entityManager.createNativeQuery("insert into drafting.review_round"
                + " (round_id, standard_id, draft_version_id, title, closed, undisposed)"
                + " values (?1, ?2, ?3, ?4, false, 0) on conflict (round_id) do nothing")
                .setParameter(1, roundId).setParameter(2, standardId).setParameter(3, draftVersionId)
                .setParameter(4, title).executeUpdate();
    }

    /** A round closed with {@code undisposed} comments waiting; closed again, it keeps the lower count. */
    public void closed(UUID roundId, UUID standardId, UUID draftVersionId, String title, int undisposed) {
        entityManager.createNativeQuery("insert into drafting.review_round"
                + " (round_id, standard_id, draft_version_id, title, closed, undisposed)"
                + " values (?1, ?2, ?3, ?4, true, ?5) on conflict (round_id) do update set closed = true,"
                + " title = excluded.title, undisposed = case when review_round.closed"
                + " then least(review_round.undisposed, excluded.undisposed) else excluded.undisposed end")
                .setParameter(1, roundId).setParameter(2, standardId).setParameter(3, draftVersionId)
                .setParameter(4, title).setParameter(5, undisposed).executeUpdate();
    }

    /** The round's new count, if the round is known; after its close a count only replaces a higher one. */
    public void counted(UUID roundId, int undisposed) {
        entityManager.createNativeQuery("update drafting.review_round set undisposed = case when closed"
                + " then least(undisposed, ?2) else ?2 end where round_id = ?1")
                .setParameter(1, roundId).setParameter(2, undisposed).executeUpdate();
    }

    /** The closed rounds on this draft version that still have comments without a disposition, by title. */
    @SuppressWarnings("unchecked")
    public List<UndisposedRound> undisposed(UUID draftVersionId, String versionLabel) {
        List<Object[]> rows = entityManager.createNativeQuery("select title, undisposed from drafting.review_round"
                + " where draft_version_id = ?1 and closed and undisposed > 0 order by title, round_id")
                .setParameter(1, draftVersionId).getResultList();
        return rows.stream().map(row -> new UndisposedRound((String) row[0], versionLabel,
                ((Number) row[1]).intValue())).toList();
    }
}
