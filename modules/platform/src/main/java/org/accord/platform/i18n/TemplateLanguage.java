package org.accord.platform.i18n;

import java.util.Locale;

import jakarta.enterprise.event.Observes;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;

/**
 * Every template rendered for a request speaks the request's language and shows times in its time zone. Templates
 * rendered elsewhere (e-mails, exports) set their reader's locale themselves, which overrides this.
 */
public class TemplateLanguage {

    /** The template attribute holding the reader's time zone, next to Qute's own {@code locale}. */
    public static final String ZONE = "timeZone";

    /**
     * A template's {@code locale} attribute as a locale: Qute keeps a {@code Locale} or a language tag; English if
     * unset.
     */
    public static Locale locale(Object attribute) {
        return attribute instanceof Locale locale
                ? locale
                : attribute == null ? Languages.DEFAULT : Locale.forLanguageTag(attribute.toString());
    }

    void configure(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(TemplateLanguage::initialize);
    }

    private static void initialize(TemplateInstance instance) {
        if (Arc.container().requestContext().isActive()) {
            RequestLanguage language = Arc.container().instance(RequestLanguage.class).get();
            instance.setLocale(language.locale());
            instance.setAttribute(ZONE, language.zone());
        }
    }
}
