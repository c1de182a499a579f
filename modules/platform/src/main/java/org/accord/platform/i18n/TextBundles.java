package org.accord.platform.i18n;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders {@link Text}s from the {@code texts/<bundle>_<lang>.properties} files. Placeholders are {@code {0}},
 * {@code {1}}, …, replaced as they are: unlike {@link java.text.MessageFormat}, an apostrophe is an ordinary character,
 * which French needs everywhere.
 */
final class TextBundles {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private TextBundles() {
    }

    static String render(Text text, Locale locale, ZoneId zone) {
        String pattern = pattern(text.key(), locale);
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(pattern, i + 1, close)) {
                int index = Integer.parseInt(pattern, i + 1, close, 10);
                out.append(index < text.args().size() ? format(text.args().get(index), locale, zone) : "");
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    static String pattern(String key, Locale locale) {
        String bundle = key.substring(0, key.indexOf('.'));
        try {
            return ResourceBundle.getBundle("texts." + bundle, Languages.supported(locale), NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static boolean isIndex(String pattern, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(pattern.charAt(i))) {
                return false;
            }
        }
        return to - from <= 2;
    }

    private static String format(Object arg, Locale locale, ZoneId zone) {
        if (arg == null) {
            return "";
        }
        if (arg instanceof Text nested) {
            return nested.in(locale, zone);
        }
        if (arg instanceof Instant at) {
            return LocalFormats.dateTime(at, locale, zone);
        }
        if (arg instanceof Number number) {
            return LocalFormats.number(number, locale);
        }
        return String.valueOf(arg);
    }
}
