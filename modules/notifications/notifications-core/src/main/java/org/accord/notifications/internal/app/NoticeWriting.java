package org.accord.notifications.internal.app;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.accord.notifications.internal.persistence.NoticeRows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes a notice to each recipient, at most once per event, member and kind, never to the one who caused it; and in
 * the same transaction queues its e-mail as the member prefers (nothing when they turned the kind off). An event older
 * than {@code accord.notifications.mail.max-age} (history read again, say when the module is first deployed onto topics
 * that already hold events) makes notices but no e-mail.
 */
@ApplicationScoped
public class NoticeWriting {

    private final NoticeRows rows;
    private final ObjectMapper mapper;
    private final NotificationsConfig config;

    NoticeWriting(NoticeRows rows, ObjectMapper mapper, NotificationsConfig config) {
        this.rows = rows;
        this.mapper = mapper;
        this.config = config;
    }

    /** To the active members among the recipients; @return those who received it now */
    @Transactional(TxType.MANDATORY)
    public List<UUID> send(Notice notice, Collection<UUID> recipients) {
        return write(notice, recipients, false);
    }

    /** To a member about their own membership, which they hear of even when it ends their activity. */
    @Transactional(TxType.MANDATORY)
    public List<UUID> sendAboutThemselves(Notice notice, UUID memberId) {
        return write(notice, List.of(memberId), true);
    }

    /** Parameters as stored with notices and activity. */
    public String json(Map<String, String> params) {
        try {
            return mapper.writeValueAsString(params);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Parameters are plain strings", e);
        }
    }

    private List<UUID> write(Notice notice, Collection<UUID> recipients, boolean toInactiveToo) {
        return rows.write(new NoticeRows.Writing(notice.kind().name(), notice.eventId(), notice.subjectId(),
                json(notice.params()), notice.at(), notice.actor(), toInactiveToo,
                notice.kind().byDefault().name(), isNews(notice.at())), recipients);
    }

    private boolean isNews(Instant at) {
        return at.isAfter(Instant.now().minus(config.mail().maxAge()));
    }
}
