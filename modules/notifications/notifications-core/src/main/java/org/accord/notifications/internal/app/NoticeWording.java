package org.accord.notifications.internal.app;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.accord.notifications.internal.domain.NoticeKind;

/** Words a notice, stored as a kind and parameters, in a reader's language: for the inbox and for e-mails. */
public interface NoticeWording {

    /**
     * @param link
     *            the path of the page the notice is about, such as {@code /ballots/<id>}
     */
    record Wording(String title, String line, String link) {
    }

    Wording word(NoticeKind kind, UUID subjectId, Map<String, Object> params, Locale locale);
}
