package org.accord.drafting.internal.app;

import org.accord.platform.errors.TextRules;
import org.accord.platform.i18n.Text;

/** The limits on what people type into a standard. */
final class DraftingTexts {

    static final int MAX_CLAUSE_TEXT = 100_000;

    private DraftingTexts() {
    }

    static String reference(String value) {
        return TextRules.plainText("reference", Text.of("drafting.field_reference"), value, 40, true);
    }

    static String title(String value) {
        return TextRules.plainText("title", Text.of("drafting.field_title"), value, 200, true);
    }

    static String scope(String value) {
        return TextRules.freeText("scope", Text.of("drafting.field_scope"), value, 5_000, false);
    }

    static String heading(String value) {
        return TextRules.plainText("heading", Text.of("drafting.field_heading"), value, 300, true);
    }

    /** Markdown; shown only after it is rendered and sanitised. */
    static String clauseText(String value) {
        return TextRules.freeText("text", Text.of("drafting.field_text"), value, MAX_CLAUSE_TEXT, false);
    }

    static String rationale(String value, boolean required) {
        return TextRules.freeText("rationale", Text.of("drafting.field_rationale"), value, 1_000, required);
    }

    /** One of a standard's editors, named by username; empty for an empty entry in a list. */
    static String editor(String value) {
        return TextRules.plainText("editors", Text.of("drafting.field_editor"), value, 100, false);
    }

    static String reason(String value) {
        return TextRules.freeText("reason", Text.of("drafting.field_reason"), value, 1_000, true);
    }
}
