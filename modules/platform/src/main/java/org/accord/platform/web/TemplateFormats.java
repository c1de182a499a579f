package org.accord.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.accord.platform.i18n.Languages;
import org.accord.platform.i18n.LocalFormats;
import org.accord.platform.i18n.TemplateLanguage;
import org.accord.platform.i18n.Text;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import static org.accord.platform.i18n.TemplateLanguage.locale;

/**
 * How every module's pages show times, numbers, shares and stored texts in the reader's language and time zone:
 * {@code {at.display}}, {@code {at.day}} (also of a calendar day, which is the same day wherever it is read),
 * {@code {count.formatted}}, {@code {share.percent}}, {@code {text.localized}}, {@code {roles.joined}}.
 */
@TemplateExtension
public final class TemplateFormats {

    private TemplateFormats() {
    }

    static String display(Instant at, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute(TemplateLanguage.ZONE) Object zone) {
        return LocalFormats.dateTime(at, locale(locale), zone(zone));
    }

    static String day(Instant at, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute(TemplateLanguage.ZONE) Object zone) {
        return LocalFormats.date(at, locale(locale), zone(zone));
    }

    static String day(LocalDate day, @TemplateAttribute("locale") Object locale) {
        return LocalFormats.date(day, locale(locale));
    }

    static String formatted(Number number, @TemplateAttribute("locale") Object locale) {
        return number == null ? "" : LocalFormats.number(number, locale(locale));
    }

    static String percent(double share, @TemplateAttribute("locale") Object locale) {
        return LocalFormats.percent(share, locale(locale));
    }

    static String localized(Text text, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute(TemplateLanguage.ZONE) Object zone) {
        return text == null ? "" : text.in(locale(locale), zone(zone));
    }

    static String joined(List<String> values) {
        return String.join(", ", values);
    }

    private static ZoneId zone(Object attribute) {
        return attribute instanceof ZoneId zone ? zone : Languages.UTC;
    }
}
