package org.accord.platform.errors;

import org.accord.platform.i18n.Text;

/** Checks for short plain-text fields (names, affiliations, reasons) that every module applies the same way. */
public final class TextRules {

    private TextRules() {
    }

    /**
     * @param label
     *            the field's name as the form shows it, which the messages name
     * @return the trimmed text
     * @throws RuleViolation
     *             when it is blank (and required), longer than {@code maxLength}, or contains markup or control
     *             characters
     */
    public static String plainText(String field, Text label, String value, int maxLength, boolean required) {
        String text = freeText(field, label, value, maxLength, required);
        if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0) {
            throw RuleViolation.invalid(field, Text.of("platform.text_markup", label));
        }
        return text;
    }

    /**
     * Like {@link #plainText} but for prose where {@code <} and {@code >} are ordinary characters (they are escaped
     * wherever the text is shown).
     */
    public static String freeText(String field, Text label, String value, int maxLength, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                throw RuleViolation.invalid(field, Text.of("platform.text_required", label));
            }
            return text;
        }
        if (text.length() > maxLength) {
            throw RuleViolation.invalid(field, Text.of("platform.text_too_long", label, text.length(), maxLength));
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw RuleViolation.invalid(field, Text.of("platform.text_control", label));
        }
        return text;
    }
}
