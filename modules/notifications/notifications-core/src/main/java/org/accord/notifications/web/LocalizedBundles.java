package org.accord.notifications.web;

import java.util.Locale;

import org.accord.platform.i18n.Languages;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** A message bundle in a reader's language, for words put together in Java (notices, activity, live updates). */
final class LocalizedBundles {

    private LocalizedBundles() {
    }

    static <T> T in(Class<T> bundle, Locale locale) {
        Locale language = Languages.supported(locale);
        return language.equals(Languages.DEFAULT)
                ? MessageBundles.get(bundle)
                : MessageBundles.get(bundle, Localized.Literal.of(language.getLanguage()));
    }
}
