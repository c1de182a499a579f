package org.accord.notifications.web;

import jakarta.enterprise.context.RequestScoped;

import org.accord.notifications.internal.app.NoticeInbox;
import org.accord.notifications.internal.app.NoticeWording;
import org.accord.notifications.internal.persistence.NoticeRows;
import org.accord.platform.i18n.RequestLanguage;
import org.accord.platform.web.Page;
import org.accord.platform.web.PageParams;
import org.accord.platform.web.Paging;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The signed-in member's inbox, a page at a time, in their language and time zone: what the inbox page and the API both
 * show.
 */
@RequestScoped
class Inboxes {

    private final NoticeInbox inbox;
    private final Paging paging;
    private final NoticeText text;
    private final Viewer viewer;
    private final RequestLanguage language;

    Inboxes(NoticeInbox inbox, Paging paging, NoticeText text, Viewer viewer, RequestLanguage language) {
        this.inbox = inbox;
        this.paging = paging;
        this.text = text;
        this.viewer = viewer;
        this.language = language;
    }

    RestResponse<Page<NoticeView>> page(PageParams params) {
        return paging.respond(params, inbox.page(viewer.memberId(), paging.request(params)).map(this::view));
    }

    private NoticeView view(NoticeRows.Notice notice) {
        NoticeWording.Wording worded = text.word(notice.kind(), notice.paramsJson(), language.locale(),
                language.zone());
        return new NoticeView(notice.id(), notice.kind(), worded.title(), worded.line(), worded.link(),
                notice.createdAt(), notice.readAt());
    }
}
