package org.accord.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Files of this repository, and YAML or JSON read from them as trees. */
final class Repository {

    static final ObjectMapper YAML = YAMLMapper.builder().build();
    static final ObjectMapper JSON = JsonMapper.builder().build();

    private Repository() {
    }

    static Path root() {
        String configured = System.getProperty("accord.repository");
        Path start = configured == null ? Path.of("").toAbsolutePath() : Path.of(configured);
        for (Path candidate = start; candidate != null; candidate = candidate.getParent()) {
            if (Files.isDirectory(candidate.resolve("deploy/k8s"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No deploy/k8s above " + start);
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of a YAML file, empty documents left out. */
    static List<JsonNode> yamlDocuments(String yaml) {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> iterator = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (iterator.hasNext()) {
                JsonNode document = iterator.next();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
        }
        return documents;
    }

    static JsonNode json(Path file) {
        return JSON.readTree(read(file));
    }
}
