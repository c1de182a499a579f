package org.accord.platform.errors;

/** Checks for short plain-text fields (names, affiliations, reasons) that every module applies the same way. */
public final class TextRules {

    private TextRules() {
    }

    /**
     * @return the trimmed text
     * @throws RuleViolation
     *             when it is blank (and required), longer than {@code maxLength}, or contains markup or control
     *             characters
     */
    public static String plainText(String field, String label, String value, int maxLength, boolean required) {
        String text = freeText(field, label, value, maxLength, required);
        if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0) {
            throw RuleViolation.invalid(field, label + " must be plain text: the characters < and > are not allowed.");
        }
        return text;
    }

    /**
     * Like {@link #plainText} but for prose where {@code <} and {@code >} are ordinary characters (they are escaped
     * wherever the text is shown).
     */
    public static String freeText(String field, String label, String value, int maxLength, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                throw RuleViolation.invalid(field, label + " is required.");
            }
            return text;
        }
        if (text.length() > maxLength) {
            throw RuleViolation.invalid(field, label + " is " + text.length() + " characters long; at most "
                    + maxLength + " are allowed.");
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw RuleViolation.invalid(field, label + " contains control characters.");
        }
        return text;
    }
}
