package org.accord.notifications.internal.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import org.accord.platform.errors.RuleViolation;

/**
 * What a member chose for their e-mails: the language they are written in, the time zone their digest hour is read in,
 * and how each kind of notice is delivered. Read from what a form or a request sent; anything unknown is refused with
 * the field at fault, so that nothing of a bad request is kept.
 */
public record EmailChoices(String language, ZoneId timeZone, Map<NoticeKind, Delivery> deliveries) {

    public EmailChoices {
        deliveries = Map.copyOf(deliveries);
    }

    /**
     * @param deliveries
     *            by kind name; a kind left out keeps {@code current}'s delivery
     */
    public static EmailChoices read(String language, String timeZone, Map<String, String> deliveries,
            Map<NoticeKind, Delivery> current) {
        if (language == null || !Languages.SUPPORTED.contains(language)) {
            throw RuleViolation.invalid("language", "'" + language + "' is not a language of Accord's e-mails ("
                    + String.join(", ", Languages.SUPPORTED) + ").");
        }
        Map<NoticeKind, Delivery> chosen = new EnumMap<>(NoticeKind.class);
        chosen.putAll(current);
        deliveries.forEach((kind, delivery) -> chosen.put(kind(kind), delivery(kind, delivery)));
        return new EmailChoices(language, zone(timeZone), chosen);
    }

    private static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone == null ? "" : timeZone.strip());
        } catch (DateTimeException e) {
            throw RuleViolation.invalid("timeZone", "'" + timeZone + "' is not a time zone, such as Europe/Paris or"
                    + " America/New_York.");
        }
    }

    private static NoticeKind kind(String kind) {
        try {
            return NoticeKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid(kind, "'" + kind + "' is not a kind of notice.");
        }
    }

    private static Delivery delivery(String kind, String delivery) {
        try {
            return Delivery.valueOf(String.valueOf(delivery));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid(kind, "'" + delivery + "' is not a delivery (IMMEDIATE, DIGEST or OFF).");
        }
    }
}
