package org.accord.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * RFC 6902 patches with the operations the manifests use: add, replace and remove. A patch naming a field that is not
 * there, or any other operation, is refused rather than skipped.
 */
final class JsonPatch {

    private static final Set<String> OPERATION_FIELDS = Set.of("op", "path", "value");

    private JsonPatch() {
    }

    static void apply(JsonNode operations, ObjectNode document) {
        if (!operations.isArray()) {
            throw new UnsupportedManifestException("A patch is a list of RFC 6902 operations: " + operations);
        }
        for (JsonNode operation : operations) {
            operation.propertyNames().forEach(field -> {
                if (!OPERATION_FIELDS.contains(field)) {
                    throw new UnsupportedManifestException("Unsupported field of a patch operation: " + field);
                }
            });
            List<String> path = pointer(operation.path("path").asString());
            JsonNode parent = parentOf(document, path);
            String last = path.getLast();
            switch (operation.path("op").asString()) {
                case "add" -> add(parent, last, value(operation));
                case "replace" -> replace(parent, last, value(operation), path);
                case "remove" -> remove(parent, last, path);
                default -> throw new UnsupportedManifestException("Unsupported patch operation: " + operation);
            }
        }
    }

    private static JsonNode value(JsonNode operation) {
        if (!operation.has("value")) {
            throw new UnsupportedManifestException("Operation without a value: " + operation);
        }
        return operation.get("value").deepCopy();
    }

    private static void add(JsonNode parent, String key, JsonNode value) {
        if (parent instanceof ObjectNode object) {
            object.set(key, value);
        } else if (parent instanceof ArrayNode array) {
            if (key.equals("-")) {
                array.add(value);
            } else {
                array.insert(index(array, key, array.size()), value);
            }
        } else {
            throw new UnsupportedManifestException("Cannot add " + key + " to " + parent);
        }
    }

    private static void replace(JsonNode parent, String key, JsonNode value, List<String> path) {
        if (parent instanceof ObjectNode object && object.has(key)) {
            object.set(key, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(index(array, key, array.size() - 1), value);
        } else {
            throw new UnsupportedManifestException("Nothing to replace at /" + String.join("/", path));
        }
    }

    private static void remove(JsonNode parent, String key, List<String> path) {
        if (parent instanceof ObjectNode object && object.has(key)) {
            object.remove(key);
        } else if (parent instanceof ArrayNode array) {
            array.remove(index(array, key, array.size() - 1));
        } else {
            throw new UnsupportedManifestException("Nothing to remove at /" + String.join("/", path));
        }
    }

    private static JsonNode parentOf(JsonNode document, List<String> path) {
        JsonNode node = document;
        for (String step : path.subList(0, path.size() - 1)) {
            node = node.isArray() ? node.get(index((ArrayNode) node, step, node.size() - 1)) : node.get(step);
            if (node == null) {
                throw new UnsupportedManifestException("No /" + String.join("/", path) + " to patch");
            }
        }
        return node;
    }

    private static int index(ArrayNode array, String step, int highest) {
        int index;
        try {
            index = Integer.parseInt(step);
        } catch (NumberFormatException e) {
            throw new UnsupportedManifestException("Not an index of a list: " + step);
        }
        if (index < 0 || index > highest) {
            throw new UnsupportedManifestException("Index " + index + " outside a list of " + array.size());
        }
        return index;
    }

    private static List<String> pointer(String path) {
        if (!path.startsWith("/")) {
            throw new UnsupportedManifestException("Not a JSON pointer: " + path);
        }
        List<String> steps = new ArrayList<>();
        for (String step : path.substring(1).split("/", -1)) {
            steps.add(step.replace("~1", "/").replace("~0", "~"));
        }
        return steps;
    }
}
