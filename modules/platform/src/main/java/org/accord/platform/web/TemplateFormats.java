package org.accord.platform.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/**
 * How every module's pages show times, lists and shares: {@code {at.display}}, {@code {roles.joined}},
 * {@code {share.percent}}. Times are in UTC because the working group spans both sides of the Atlantic.
 */
@TemplateExtension
public final class TemplateFormats {

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private TemplateFormats() {
    }

    static String display(Instant at) {
        return at == null ? "" : DISPLAY.format(at);
    }

    static String joined(List<String> values) {
        return String.join(", ", values);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share);
    }
}
