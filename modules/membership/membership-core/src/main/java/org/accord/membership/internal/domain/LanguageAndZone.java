package org.accord.membership.internal.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Languages;
import org.accord.platform.i18n.Text;

/**
 * The language a member reads Accord in and the time zone they read times in, each null until they choose one: pages
 * then follow the browser's language, and times are shown in UTC. A choice is checked when it is made, not when it is
 * read back, so that a zone a later time-zone database no longer knows shows times in UTC instead of failing.
 *
 * @param language
 *            one of {@link #LANGUAGES}
 * @param timeZone
 *            an IANA time zone id, one of {@link #timeZones()}
 */
public record LanguageAndZone(String language, String timeZone) {

    public static final LanguageAndZone UNCHOSEN = new LanguageAndZone(null, null);

    /** The languages a member can choose, by their tags. */
    public static final List<String> LANGUAGES = Languages.SUPPORTED.stream().map(Locale::getLanguage).toList();

    private static final Set<String> ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());
    private static final String UTC = "UTC";
    private static final List<String> ZONES_IN_ORDER = ZONES.stream()
            .sorted(Comparator.comparing((String zone) -> !zone.equals(UTC)).thenComparing(Comparator.naturalOrder()))
            .toList();

    /** The time zones a member can choose: UTC first, then every IANA zone in alphabetical order. */
    public static List<String> timeZones() {
        return ZONES_IN_ORDER;
    }

    /**
     * These preferences changed by what a member sent: a field left out ({@code null}) keeps its value, an empty one
     * clears it, anything else must be a language or a time zone they can choose.
     */
    public LanguageAndZone changedBy(String newLanguage, String newTimeZone) {
        return new LanguageAndZone(newLanguage == null ? language : checkedLanguage(newLanguage.strip()),
                newTimeZone == null ? timeZone : checkedZone(newTimeZone.strip()));
    }

    public LanguageAndZone withLanguage(Locale chosen) {
        return new LanguageAndZone(checkedLanguage(chosen.getLanguage()), timeZone);
    }

    public Optional<Locale> locale() {
        return Languages.find(language);
    }

    /** The zone the member reads times in: the one they chose, else UTC. */
    public ZoneId zone() {
        if (timeZone == null) {
            return Languages.UTC;
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return Languages.UTC;
        }
    }

    private static String checkedLanguage(String tag) {
        if (tag.isEmpty()) {
            return null;
        }
        if (!LANGUAGES.contains(tag)) {
            throw RuleViolation.invalid("language",
                    Text.of("membership.unknown_language", abbreviate(tag), String.join(", ", LANGUAGES)));
        }
        return tag;
    }

    private static String checkedZone(String zone) {
        if (zone.isEmpty()) {
            return null;
        }
        if (!ZONES.contains(zone)) {
            throw RuleViolation.invalid("timeZone", Text.of("membership.unknown_time_zone", abbreviate(zone)));
        }
        return zone;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
