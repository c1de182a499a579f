package org.accord.publishing.internal.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.platform.web.Keyset;
import org.accord.platform.web.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The Panache repositories of liaison statements and their replies. */
public final class LiaisonRepositories {

    private LiaisonRepositories() {
    }

    @ApplicationScoped
    public static class Statements implements PanacheRepositoryBase<LiaisonStatementEntity, UUID> {

        /** Newest first, continuing after the (sent at, id) of the previous page's last. */
        public List<LiaisonStatementEntity> recentFirst(PageRequest page) {
            Sort newestFirst = Sort.descending("sentAt", "id");
            var query = page.isFirst()
                    ? findAll(newestFirst)
                    : find("sentAt <= ?1 and (sentAt < ?1 or (sentAt = ?1 and id < ?2))", newestFirst,
                            page.after().instant(0), page.after().uuid(1));
            return query.page(0, page.fetchSize()).list();
        }

        public static Keyset keyOf(LiaisonStatementEntity statement) {
            return Keyset.of(statement.sentAt, statement.id);
        }

        /** The bodies written to before, most used first, to offer when the next statement is written. */
        public List<String> addressees() {
            return getEntityManager().createQuery("select s.addressee from PublishingLiaisonStatement s"
                    + " group by s.addressee order by count(s) desc, s.addressee", String.class).setMaxResults(50)
                    .getResultList();
        }
    }

    @ApplicationScoped
    public static class Replies implements PanacheRepositoryBase<LiaisonReplyEntity, UUID> {

        /** In the order they were received. */
        public List<LiaisonReplyEntity> of(UUID statementId) {
            return list("statementId", Sort.by("receivedOn", "recordedAt"), statementId);
        }

        /** Statement id → how many replies it has, for those of these statements that have any. */
        public Map<UUID, Long> counts(Collection<UUID> statementIds) {
            if (statementIds.isEmpty()) {
                return Map.of();
            }
            return getEntityManager().createQuery("select r.statementId, count(r) from PublishingLiaisonReply r"
                    + " where r.statementId in ?1 group by r.statementId", Object[].class)
                    .setParameter(1, statementIds).getResultStream()
                    .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
        }
    }
}
