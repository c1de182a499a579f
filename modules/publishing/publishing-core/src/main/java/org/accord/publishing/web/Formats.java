package org.accord.publishing.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.publishing.internal.render.ExportFormat;

/** The format named in a URL: {@code pdf}, {@code sts}, {@code akoma-ntoso}… */
final class Formats {

    private Formats() {
    }

    static ExportFormat named(String code) {
        return Arrays.stream(ExportFormat.values()).filter(format -> format.code().equals(code)).findFirst()
                .orElseThrow(() -> RuleViolation.notFound(Text.of("publishing.unknown_format", code,
                        Arrays.stream(ExportFormat.values()).map(ExportFormat::code)
                                .collect(Collectors.joining(", ")))));
    }
}
