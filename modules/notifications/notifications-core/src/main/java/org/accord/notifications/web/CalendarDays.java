package org.accord.notifications.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import org.accord.platform.i18n.LocalFormats;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * A calendar day (a liaison reply's due date) as the reader's language writes it, {@code {date.day}} in templates. A
 * day has no time zone: it is the same day wherever it is read.
 */
final class CalendarDays {

    private CalendarDays() {
    }

    static String format(LocalDate day, Locale locale) {
        return day == null
                ? ""
                : LocalFormats.date(day.atStartOfDay(ZoneOffset.UTC).toInstant(), locale, ZoneOffset.UTC);
    }

    @TemplateExtension
    static String day(LocalDate day, @TemplateAttribute("locale") Object locale) {
        return format(day, locale instanceof Locale known ? known : Locale.forLanguageTag(String.valueOf(locale)));
    }
}
