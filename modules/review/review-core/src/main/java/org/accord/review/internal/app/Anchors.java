package org.accord.review.internal.app;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.errors.TextRules;
import org.accord.platform.i18n.Text;

/**
 * Where comments point in one draft version: a clause, named by its stable id or by the number it has in the version,
 * or the whole document ("general" in any of Accord's languages, or nothing).
 */
final class Anchors {

    /** {@code clauseId} and {@code number} are null for the whole document. */
    record Anchor(UUID clauseId, String number) {
    }

    private final String versionLabel;
    private final Map<UUID, String> numbersById;
    private final Map<String, UUID> idsByNumber = new HashMap<>();

    Anchors(String versionLabel, Map<UUID, String> numbersById) {
        this.versionLabel = versionLabel;
        this.numbersById = numbersById;
        numbersById.forEach((id, number) -> idsByNumber.put(normalised(number), id));
    }

    Anchor resolve(String field, String clause) {
        String text = TextRules.plainText(field, Text.of("review.field_clause"), clause, 100, false);
        if (TemplateWords.namesTheWholeDocument(text)) {
            return new Anchor(null, null);
        }
        UUID id = idsByNumber.get(normalised(text));
        if (id == null) {
            id = asId(text);
        }
        if (id == null || !numbersById.containsKey(id)) {
            throw RuleViolation.invalid(field, Text.of("review.no_clause", text, versionLabel));
        }
        return new Anchor(id, numbersById.get(id));
    }

    /**
     * The clauses of a version {@code clause} could name, read without reading the others: its id or its number. A
     * blank or "general" names none.
     */
    static Map<UUID, String> candidates(String clause, BiFunction<String, UUID, Map<UUID, String>> byNumberOrId) {
        String text = clause == null ? "" : clause.strip();
        if (TemplateWords.namesTheWholeDocument(text)) {
            return Map.of();
        }
        return byNumberOrId.apply(normalised(text), asId(text));
    }

    private static UUID asId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * "Clause 4.2", "4.2." and "annex a" name the same clauses as "4.2" and "Annex A"; a stored number, lower-cased, is
     * its own normal form.
     */
    private static String normalised(String number) {
        String text = number.strip().toLowerCase(Locale.ROOT);
        if (text.startsWith("clause ")) {
            text = text.substring("clause ".length()).strip();
        }
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
