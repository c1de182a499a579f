package org.accord.stakeholders.web;

import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** {@code {share.percent}} in templates: one decimal, the same in every language for now. */
@TemplateExtension
final class Percentages {

    private Percentages() {
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share);
    }
}
