package org.accord.app.notifications;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.accord.platform.i18n.LanguagePreferences;

/**
 * Members' profiles as far as their language and time zone go, set by the test: stands in for the module that owns
 * profiles, only where a test profile enables it ({@link EmailsInTheReadersLanguageTest}).
 */
@Alternative
@ApplicationScoped
public class ProfileLanguages implements LanguagePreferences {

    private final Map<String, Preferences> profiles = new ConcurrentHashMap<>();

    /** The member's profile now says this language and time zone. */
    public void choose(String username, Locale language, ZoneId zone) {
        profiles.put(username, new Preferences(Optional.of(language), zone));
    }

    @Override
    public Optional<Preferences> of(String username) {
        return Optional.ofNullable(profiles.get(username));
    }

    @Override
    public void chooseLanguage(String username, Locale language) {
        profiles.merge(username, new Preferences(Optional.of(language), ZoneId.of("UTC")),
                (before, after) -> new Preferences(after.language(), before.zone()));
    }
}
