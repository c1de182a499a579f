package org.accord.platform.web;

import java.time.ZoneId;

import org.accord.platform.i18n.Languages;
import org.accord.platform.i18n.TemplateLanguage;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/** What a page knows of its reader besides the language: {@code {reader:zone}}, the time zone times are shown in. */
public final class ReaderTemplates {

    private ReaderTemplates() {
    }

    @TemplateExtension(namespace = "reader")
    static String zone(@TemplateAttribute(TemplateLanguage.ZONE) Object zone) {
        return zone instanceof ZoneId id ? id.getId() : Languages.UTC.getId();
    }
}
