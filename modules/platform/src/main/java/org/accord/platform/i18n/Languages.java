package org.accord.platform.i18n;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Accord speaks. English is the default and the fallback. */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN);
    public static final Locale DEFAULT = Locale.ENGLISH;
    /** The zone of whoever chose none, named so that pages print "UTC" rather than the offset's "Z". */
    public static final ZoneId UTC = ZoneId.of("UTC");

    private Languages() {
    }

    /** The supported language a locale belongs to, or English. */
    public static Locale supported(Locale locale) {
        return locale == null ? DEFAULT : find(locale.getLanguage()).orElse(DEFAULT);
    }

    /** A supported language from its tag ({@code fr}, {@code de-AT}), if it is one. */
    public static Optional<Locale> find(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** The first supported language among those a browser accepts, in its order of preference. */
    public static Optional<Locale> firstAccepted(List<Locale> acceptable) {
        return acceptable.stream().map(l -> find(l.toLanguageTag())).flatMap(Optional::stream).findFirst();
    }
}
