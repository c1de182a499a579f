package org.accord.transparency.web;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.accord.platform.i18n.Languages;
import org.accord.platform.i18n.LocalFormats;
import org.accord.stakeholders.api.GroupLabels;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What an entry says, in the reader's language and time zone: a line of its most telling facts, and every fact with a
 * label and a value as people read them. Both come from the entry's type and its canonical data, never from stored
 * sentences; codes (sides, groups, stages, dispositions, roles, formats), yes and no, numbers and times are put into
 * words, while what people and modules wrote (names, titles, a rule's description) is shown as recorded.
 */
final class EntryWords {

    /**
     * One fact: its path in the entry's data ({@code overall.approve}), its label and its value as people read them.
     */
    record Fact(String path, String label, String value) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The facts that say most about a decision, in the order a reader looks for them. */
    private static final List<String> TELLING = List.of("reference", "title", "name", "label", "versionLabel",
            "stage", "from", "to", "passed", "disposition", "format", "addressee", "code", "side", "group", "by");
    /** Sentences the deciding module wrote in English: part of the record, too long and too English for a summary. */
    private static final Set<String> PROSE = Set.of("rule", "summary", "finding");
    private static final Set<String> SIDES = Set.of("US", "EU", "OBSERVER");
    private static final String OVERALL = "overall";
    private static final String STAGE_CHANGED = "stage.changed";
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int SUMMARY_FACTS = 4;
    private static final int SUMMARY_LENGTH = 160;

    private final TransparencyMessages words;
    private final Locale locale;
    private final ZoneId zone;

    private EntryWords(TransparencyMessages words, Locale locale, ZoneId zone) {
        this.words = words;
        this.locale = locale;
        this.zone = zone;
    }

    static EntryWords in(Locale locale, ZoneId zone) {
        Locale language = Languages.supported(locale);
        TransparencyMessages words = language.equals(Languages.DEFAULT)
                ? MessageBundles.get(TransparencyMessages.class)
                : MessageBundles.get(TransparencyMessages.class, Localized.Literal.of(language.getLanguage()));
        return new EntryWords(words, language, zone);
    }

    /** A line of the entry's most telling plain facts, such as {@code Reference: TAWG 1 · Stage: Committee draft}. */
    String summary(String type, String entryText) {
        String line = data(entryText).properties().stream()
                .filter(fact -> fact.getValue().isValueNode() && !fact.getValue().isNull())
                .filter(fact -> !identifies(fact.getKey()) && !PROSE.contains(fact.getKey()))
                .sorted(Comparator.comparingInt(fact -> rank(fact.getKey()))).limit(SUMMARY_FACTS)
                .map(fact -> words.fact_line(words.fact(fact.getKey()),
                        value(type, fact.getKey(), false, fact.getValue())))
                .collect(Collectors.joining(" · "));
        return line.length() <= SUMMARY_LENGTH ? line : line.substring(0, SUMMARY_LENGTH - 1) + "…";
    }

    /** Every fact of the entry's data, nested ones by their path, in the canonical (alphabetical) order. */
    List<Fact> facts(String type, String entryText) {
        List<Fact> facts = new ArrayList<>();
        flatten(type, "", "", false, data(entryText), facts);
        return facts;
    }

    /** A plain fact of the entry's data as recorded, if it has it. */
    static Optional<String> fact(String entryText, String name) {
        JsonNode fact = data(entryText).path(name);
        return fact.isValueNode() && !fact.isNull() ? Optional.of(fact.asText()) : Optional.empty();
    }

    /** {@code nested}: the node is inside one of the entry's facts, such as a tally, not a fact of its own. */
    private void flatten(String type, String path, String label, boolean nested, JsonNode node, List<Fact> facts) {
        if (node.isObject()) {
            boolean inside = !path.isEmpty();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String key = field.getKey();
                String name = words.fact(inside && key.equals("scope") ? "tallyScope" : key);
                flatten(type, inside ? path + "." + key : key, inside ? label + " › " + name : name, inside,
                        field.getValue(), facts);
            }
        } else if (node.isArray() && node.valueStream().anyMatch(JsonNode::isContainerNode)) {
            for (int i = 0; i < node.size(); i++) {
                flatten(type, path + "[" + i + "]", label + " " + (i + 1), true, node.get(i), facts);
            }
        } else {
            facts.add(new Fact(path, label, value(type, lastKey(path), nested, node)));
        }
    }

    private String value(String type, String key, boolean nested, JsonNode node) {
        if (node.isArray()) {
            return node.valueStream().map(element -> value(type, key, nested, element))
                    .collect(Collectors.joining(", "));
        }
        if (node.isNull() || node.isMissingNode()) {
            return "–";
        }
        if (node.isBoolean()) {
            return words.yes_no(node.booleanValue());
        }
        if (node.isIntegralNumber()) {
            return LocalFormats.number(node.longValue(), locale);
        }
        String text = node.asText();
        return switch (key) {
            case "side" -> words.side(text);
            case "group", "code" -> group(text);
            case "stage" -> words.stage(text);
            case "from", "to" -> STAGE_CHANGED.equals(type) ? words.stage(text) : group(text);
            case "scope" -> nested ? scope(text) : text;
            case "disposition" -> words.disposition(text);
            case "role", "roles" -> words.role(text);
            case "format" -> words.format(text);
            default -> moment(text);
        };
    }

    private String group(String code) {
        return GroupLabels.recorded(code, null).in(locale);
    }

    /** The scope of a tally: the whole electorate, a side or a stakeholder group. */
    private String scope(String code) {
        return OVERALL.equals(code) ? words.overall() : SIDES.contains(code) ? words.side(code) : group(code);
    }

    /** A time or a day the entry records, as the reader writes it; any other text as it is. */
    private String moment(String text) {
        try {
            if (INSTANT.matcher(text).matches()) {
                return LocalFormats.dateTime(Instant.parse(text), locale, zone);
            }
            if (DAY.matcher(text).matches()) {
                return LocalFormats.date(LocalDate.parse(text), locale);
            }
        } catch (DateTimeParseException e) {
            // not a time after all: shown as recorded
        }
        return text;
    }

    private static boolean identifies(String key) {
        return key.endsWith("Id") || key.endsWith("Ids") || key.endsWith("Hash")
                || key.toLowerCase(Locale.ROOT).endsWith("sha256");
    }

    private static String lastKey(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        int index = last.indexOf('[');
        return index < 0 ? last : last.substring(0, index);
    }

    private static int rank(String key) {
        int rank = TELLING.indexOf(key);
        return rank < 0 ? TELLING.size() : rank;
    }

    private static JsonNode data(String entryText) {
        try {
            return JSON.readTree(entryText).path("data");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("A stored entry is not JSON", e);
        }
    }
}
