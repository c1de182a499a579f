package org.accord.drafting.internal.app;

import org.accord.platform.errors.TextRules;

/** The limits on what people type into a standard. */
final class DraftingTexts {

    static final int MAX_CLAUSE_TEXT = 100_000;

    private DraftingTexts() {
    }

    static String reference(String value) {
        return TextRules.plainText("reference", "Reference", value, 40, true);
    }

    static String title(String value) {
        return TextRules.plainText("title", "Title", value, 200, true);
    }

    static String scope(String value) {
        return TextRules.freeText("scope", "Scope", value, 5_000, false);
    }

    static String heading(String value) {
        return TextRules.plainText("heading", "Heading", value, 300, true);
    }

    /** Markdown; shown only after it is rendered and sanitised. */
    static String clauseText(String value) {
        return TextRules.freeText("text", "The clause text", value, MAX_CLAUSE_TEXT, false);
    }

    static String rationale(String value, boolean required) {
        return TextRules.freeText("rationale", "Rationale", value, 1_000, required);
    }

    static String reason(String value) {
        return TextRules.freeText("reason", "Reason", value, 1_000, true);
    }
}
