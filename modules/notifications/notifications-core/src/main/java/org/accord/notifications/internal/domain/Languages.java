package org.accord.notifications.internal.domain;

import java.util.List;
import java.util.Locale;

/** The languages notifications speak: notices, e-mails and live updates alike. The first is the default. */
public final class Languages {

    public static final List<String> SUPPORTED = List.of("en", "fr", "de");

    private Languages() {
    }

    /** The supported language closest to the reader's, the default when none is. */
    public static Locale closestTo(Locale locale) {
        return locale != null && SUPPORTED.contains(locale.getLanguage())
                ? Locale.of(locale.getLanguage())
                : Locale.of(SUPPORTED.getFirst());
    }

    /** Whether texts in this language are the bundles' defaults rather than a localized variant. */
    public static boolean isDefault(Locale locale) {
        return locale.getLanguage().equals(SUPPORTED.getFirst());
    }
}
