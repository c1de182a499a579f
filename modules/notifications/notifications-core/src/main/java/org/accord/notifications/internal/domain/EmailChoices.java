package org.accord.notifications.internal.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Languages;
import org.accord.platform.i18n.Text;

/**
 * What a member chose for their e-mails: the language they are written in and the time zone their times and digest hour
 * are read in (each empty to follow the member's profile), and how each kind of notice is delivered. Read from what a
 * form or a request sent; anything unknown is refused with the field at fault, so that nothing of a bad request is
 * kept.
 */
public record EmailChoices(Optional<Locale> language, Optional<ZoneId> timeZone, Map<NoticeKind, Delivery> deliveries) {

    public EmailChoices {
        deliveries = Map.copyOf(deliveries);
    }

    /**
     * @param language
     *            a language tag, or empty (or null) to follow the profile
     * @param timeZone
     *            a zone id, or empty (or null) to follow the profile
     * @param deliveries
     *            by kind name; a kind left out keeps {@code current}'s delivery
     */
    public static EmailChoices read(String language, String timeZone, Map<String, String> deliveries,
            Map<NoticeKind, Delivery> current) {
        Map<NoticeKind, Delivery> chosen = new EnumMap<>(NoticeKind.class);
        chosen.putAll(current);
        deliveries.forEach((kind, delivery) -> chosen.put(kind(kind), delivery(kind, delivery)));
        return new EmailChoices(language(language), zone(timeZone), chosen);
    }

    private static Optional<Locale> language(String language) {
        if (language == null || language.isBlank()) {
            return Optional.empty();
        }
        Optional<Locale> known = Languages.find(language);
        if (known.isEmpty()) {
            throw RuleViolation.invalid("language", Text.of("notifications.not_a_language", language));
        }
        return known;
    }

    private static Optional<ZoneId> zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(timeZone.strip()));
        } catch (DateTimeException e) {
            throw RuleViolation.invalid("timeZone", Text.of("notifications.not_a_time_zone", timeZone));
        }
    }

    private static NoticeKind kind(String kind) {
        try {
            return NoticeKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid(kind, Text.of("notifications.not_a_kind", kind));
        }
    }

    private static Delivery delivery(String kind, String delivery) {
        try {
            return Delivery.valueOf(String.valueOf(delivery));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid(kind, Text.of("notifications.not_a_delivery", delivery));
        }
    }
}
