package org.accord.notifications.internal.app;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.accord.platform.i18n.LanguagePreferences;
import org.accord.platform.i18n.LanguagePreferences.Preferences;
import org.accord.platform.i18n.Languages;

/**
 * The language and time zone a member's e-mails are written in: what their e-mail settings chose, else what their
 * profile chose ({@link LanguagePreferences}, kept by the module that owns profiles), else English and UTC. Chosen when
 * an e-mail is sent, not when it is queued: a digest waits up to a day, and should speak the language the member chose
 * by the time it leaves; since notices keep codes and parameters, nothing rendered needs to be kept meanwhile.
 */
@ApplicationScoped
public class MailReaders {

    /** Who reads an e-mail: the language and time zone it is written in. */
    public record Reader(Locale locale, ZoneId zone) {
    }

    private final Instance<LanguagePreferences> profiles;

    MailReaders(Instance<LanguagePreferences> profiles) {
        this.profiles = profiles;
    }

    /**
     * @param language
     *            the e-mail settings' language, null to follow the profile
     * @param timeZone
     *            the e-mail settings' time zone, null to follow the profile
     */
    public Reader of(String username, String language, String timeZone) {
        Optional<Locale> chosenLanguage = Languages.find(language);
        Optional<ZoneId> chosenZone = zone(timeZone);
        if (chosenLanguage.isPresent() && chosenZone.isPresent()) {
            return new Reader(chosenLanguage.get(), chosenZone.get());
        }
        Optional<Preferences> profile = profile(username);
        return new Reader(chosenLanguage.or(() -> profile.flatMap(Preferences::language)).map(Languages::supported)
                .orElse(Languages.DEFAULT),
                chosenZone.or(() -> profile.map(Preferences::zone)).orElse(Languages.UTC));
    }

    private Optional<Preferences> profile(String username) {
        return username == null || !profiles.isResolvable() ? Optional.empty() : profiles.get().of(username);
    }

    private static Optional<ZoneId> zone(String timeZone) {
        try {
            return timeZone == null || timeZone.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(timeZone));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
