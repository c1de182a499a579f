package org.accord.transparency.web;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The public facts of an entry, read from its canonical text, as the pages show them. */
final class EntryFacts {

    /** One fact: its path in the entry's data ({@code tallies.overall.approve}) and its value as text. */
    record Fact(String name, String value) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The facts that say most about a decision, in the order a reader looks for them. */
    private static final List<String> TELLING = List.of("reference", "title", "name", "versionLabel", "stage", "to",
            "passed", "result", "side", "group", "by");
    private static final int SUMMARY_FACTS = 4;
    private static final int SUMMARY_LENGTH = 160;

    private EntryFacts() {
    }

    /** Every fact of the entry's data, nested ones by their path, in the canonical (alphabetical) order. */
    static List<Fact> of(String entryText) {
        List<Fact> facts = new ArrayList<>();
        flatten("", data(entryText), facts);
        return facts;
    }

    /** A line of the entry's most telling plain facts, such as {@code reference: TAWG 1 · stage: CD}. */
    static String summary(String entryText) {
        JsonNode data = data(entryText);
        String line = data.properties().stream()
                .filter(fact -> fact.getValue().isValueNode() && !fact.getValue().isNull())
                .filter(fact -> !fact.getKey().endsWith("Id") && !fact.getKey().endsWith("Hash"))
                .sorted(Comparator.comparingInt(fact -> rank(fact.getKey()))).limit(SUMMARY_FACTS)
                .map(fact -> fact.getKey() + ": " + fact.getValue().asText()).collect(Collectors.joining(" · "));
        return line.length() <= SUMMARY_LENGTH ? line : line.substring(0, SUMMARY_LENGTH - 1) + "…";
    }

    /** A plain fact of the entry's data as text, if it has it. */
    static Optional<String> fact(String entryText, String name) {
        JsonNode fact = data(entryText).path(name);
        return fact.isValueNode() && !fact.isNull() ? Optional.of(fact.asText()) : Optional.empty();
    }

    private static int rank(String key) {
        int rank = TELLING.indexOf(key);
        return rank < 0 ? TELLING.size() : rank;
    }

    private static void flatten(String path, JsonNode node, List<Fact> facts) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), facts);
            }
        } else if (node.isArray() && node.valueStream().anyMatch(JsonNode::isContainerNode)) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), facts);
            }
        } else if (node.isArray()) {
            facts.add(new Fact(path, node.valueStream().map(JsonNode::asText).collect(Collectors.joining(", "))));
        } else {
            facts.add(new Fact(path, node.isNull() ? "–" : node.asText()));
        }
    }

    private static JsonNode data(String entryText) {
        try {
            return JSON.readTree(entryText).path("data");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("A stored entry is not JSON", e);
        }
    }
}
