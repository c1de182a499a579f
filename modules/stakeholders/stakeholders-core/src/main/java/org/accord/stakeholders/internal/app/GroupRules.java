package org.accord.stakeholders.internal.app;

import java.util.Locale;
import java.util.regex.Pattern;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.errors.TextRules;
import org.accord.platform.i18n.Text;

/** What a group's code and name may look like. */
final class GroupRules {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private GroupRules() {
    }

    static String code(String code) {
        String text = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(text).matches()) {
            throw RuleViolation.invalid("code", Text.of("stakeholders.code_format"));
        }
        return text;
    }

    static String name(String name) {
        return TextRules.plainText("name", Text.of("stakeholders.field_group_name"), name, 100, true);
    }

    static String reason(String reason) {
        return TextRules.plainText("reason", Text.of("stakeholders.field_reason"), reason, 1000, true);
    }
}
