package org.accord.notifications.internal.app;

import java.time.ZoneId;
import java.util.Locale;

/**
 * Words a notice, stored as a kind and parameters, in a reader's language and time zone: for the inbox and for e-mails.
 */
public interface NoticeWording {

    /**
     * @param link
     *            the path of the page the notice is about, such as {@code /ballots/<id>}
     */
    record Wording(String title, String line, String link) {
    }

    /**
     * @param kind
     *            a {@link org.accord.notifications.internal.domain.NoticeKind}'s name
     * @param paramsJson
     *            the notice's parameters, a JSON object
     */
    Wording word(String kind, String paramsJson, Locale locale, ZoneId zone);
}
