package org.accord.platform.i18n;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * The language and time zone a member chose, kept with their profile by the module that owns profiles. Pages read it to
 * speak the member's language on any device; e-mails read it to write to each recipient in theirs.
 */
public interface LanguagePreferences {

    record Preferences(Optional<Locale> language, ZoneId zone) {
    }

    /** The preferences of the member signed in as {@code username}, if they are a member. Blocks on the database. */
    Optional<Preferences> of(String username);

    /** Remembers the language the member chose with the shell's switch; nothing when they are not a member. */
    void chooseLanguage(String username, Locale language);
}
