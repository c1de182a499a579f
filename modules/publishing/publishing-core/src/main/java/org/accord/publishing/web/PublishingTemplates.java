package org.accord.publishing.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import org.accord.platform.i18n.LocalFormats;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * Calendar days on publishing's pages, as the reader's language writes them:
 * {@code {publishing:day(statement.replyDue)}}. A day has no time zone, so it is the same day wherever the reader is.
 */
@TemplateExtension(namespace = "publishing")
final class PublishingTemplates {

    private PublishingTemplates() {
    }

    static String day(LocalDate day, @TemplateAttribute("locale") Object locale) {
        if (day == null) {
            return "";
        }
        Locale language = locale instanceof Locale chosen
                ? chosen
                : Locale.forLanguageTag(String.valueOf(locale));
        return LocalFormats.date(day.atStartOfDay(ZoneOffset.UTC).toInstant(), language, ZoneOffset.UTC);
    }
}
