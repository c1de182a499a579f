package org.accord.platform.i18n;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A sentence for a person, kept as a key and its arguments until the reader's language is known. The key names its
 * bundle before the first dot: {@code voting.ballot_closed} is looked up in {@code texts/voting_<lang>.properties}.
 * Arguments that are themselves texts are rendered in the same language; numbers and times are formatted for it; a
 * missing (null) argument shows as nothing.
 */
public record Text(String key, List<Object> args) {

    public Text {
        if (key == null || key.indexOf('.') <= 0) {
            throw new IllegalArgumentException("A text key names its bundle before a dot: " + key);
        }
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    public String in(Locale locale) {
        return in(locale, Languages.UTC);
    }

    public String in(Locale locale, ZoneId zone) {
        return TextBundles.render(this, locale, zone);
    }

    /** English, for logs and for code that has no reader. */
    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
