package org.accord.platform.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Dates, numbers and shares as each of Accord's languages writes them. A {@code BigDecimal} keeps its own decimals; a
 * {@code double} gets one.
 */
public final class LocalFormats {

    private static final Map<String, String> DATE_TIME = Map.of("en", "d MMM yyyy, HH:mm z", "fr",
            "d MMM yyyy, HH:mm z", "de", "d. MMM yyyy, HH:mm z");
    private static final Map<String, String> DATE = Map.of("en", "d MMM yyyy", "fr", "d MMM yyyy", "de",
            "d. MMM yyyy");

    private LocalFormats() {
    }

    /** A moment as the reader reads it, in their time zone, naming the zone. */
    public static String dateTime(Instant at, Locale locale, ZoneId zone) {
        return at == null ? "" : formatter(DATE_TIME, locale).withZone(zone).format(at);
    }

    /** A calendar day, as the reader's language writes it. */
    public static String date(LocalDate day, Locale locale) {
        return day == null ? "" : formatter(DATE, locale).format(day);
    }

    /** The day a moment falls on in the reader's time zone. */
    public static String date(Instant at, Locale locale, ZoneId zone) {
        return at == null ? "" : formatter(DATE, locale).withZone(zone).format(at);
    }

    public static String number(Number number, Locale locale) {
        Locale language = Languages.supported(locale);
        if (number instanceof BigDecimal decimal) {
            NumberFormat format = NumberFormat.getNumberInstance(language);
            format.setMinimumFractionDigits(Math.max(0, decimal.scale()));
            format.setMaximumFractionDigits(Math.max(0, decimal.scale()));
            return format.format(decimal);
        }
        if (number instanceof Double || number instanceof Float) {
            NumberFormat format = NumberFormat.getNumberInstance(language);
            format.setMaximumFractionDigits(1);
            format.setMinimumFractionDigits(1);
            return format.format(number);
        }
        return NumberFormat.getIntegerInstance(language).format(number);
    }

    /** A share out of 100, with one decimal: {@code 12.5 %} in French and German, {@code 12.5%} in English. */
    public static String percent(double share, Locale locale) {
        String number = number(share, locale);
        return Languages.supported(locale).getLanguage().equals("en") ? number + "%" : number + "\u00a0%";
    }

    private static DateTimeFormatter formatter(Map<String, String> patterns, Locale locale) {
        Locale language = Languages.supported(locale);
        return DateTimeFormatter.ofPattern(patterns.get(language.getLanguage()), language);
    }
}
