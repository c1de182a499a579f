package org.accord.notifications.internal.app;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.notifications.internal.persistence.NoticeRows;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.platform.web.Keyset;
import org.accord.platform.web.PageRequest;
import org.accord.platform.web.Slice;

/** A member's notices, newest first; each member reads and marks only their own. */
@ApplicationScoped
public class NoticeInbox {

    private final NoticeRows notices;
    private final NeedsSignal needs;

    NoticeInbox(NoticeRows notices, NeedsSignal needs) {
        this.notices = notices;
        this.needs = needs;
    }

    @Transactional
    public Slice<NoticeRows.Notice> page(UUID memberId, PageRequest page) {
        if (memberId == null) {
            return new Slice<>(List.of(), null);
        }
        return Slice.of(notices.newest(memberId, page), page, notice -> Keyset.of(notice.createdAt(), notice.id()));
    }

    /** Marks the member's notice read; another member's, or none, is not found. */
    @Transactional
    public void markRead(UUID memberId, UUID noticeId) {
        Instant now = Instant.now();
        if (memberId == null || !notices.markRead(noticeId, memberId, now)) {
            throw RuleViolation.notFound(Text.of("notifications.no_notice", noticeId.toString()));
        }
        needs.changed(UUID.randomUUID(), List.of(memberId), now);
    }

    @Transactional
    public int markAllRead(UUID memberId) {
        if (memberId == null) {
            return 0;
        }
        Instant now = Instant.now();
        int marked = notices.markAllRead(memberId, now);
        if (marked > 0) {
            needs.changed(UUID.randomUUID(), List.of(memberId), now);
        }
        return marked;
    }
}
