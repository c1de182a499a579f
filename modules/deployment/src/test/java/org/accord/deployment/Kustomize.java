package org.accord.deployment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a kustomization with exactly the Kustomize features deploy/k8s uses: resources (files and directories),
 * patches of RFC 6902 operations chosen by a target's kind and name, a namespace, and labels on metadata. Any other
 * field is refused, so that a manifest never relies on a feature whose rendering nothing here checks.
 */
final class Kustomize {

    private static final Set<String> KUSTOMIZATION_FIELDS = Set.of("apiVersion", "kind", "namespace", "labels",
            "resources", "patches");
    private static final Set<String> PATCH_FIELDS = Set.of("target", "patch");
    private static final Set<String> TARGET_FIELDS = Set.of("kind", "name");
    private static final Set<String> LABEL_FIELDS = Set.of("pairs");

    private Kustomize() {
    }

    /** The resources the kustomization in {@code directory} stands for, in the order of its resources. */
    static List<ObjectNode> build(Path directory) {
        JsonNode kustomization = single(directory.resolve("kustomization.yaml"));
        refuseUnknown(kustomization, KUSTOMIZATION_FIELDS, "kustomization " + directory);
        if (!"Kustomization".equals(kustomization.path("kind").asString())) {
            throw new UnsupportedManifestException(directory + " is not a Kustomization");
        }
        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode entry : kustomization.path("resources")) {
            Path resource = directory.resolve(entry.asString()).normalize();
            if (Files.isDirectory(resource)) {
                resources.addAll(build(resource));
            } else {
                for (JsonNode document : Repository.yamlDocuments(Repository.read(resource))) {
                    resources.add((ObjectNode) document);
                }
            }
        }
        for (JsonNode patch : kustomization.path("patches")) {
            applyPatch(patch, resources, directory);
        }
        if (kustomization.has("namespace")) {
            String namespace = kustomization.get("namespace").asString();
            resources.forEach(resource -> metadata(resource).put("namespace", namespace));
        }
        for (JsonNode labels : kustomization.path("labels")) {
            refuseUnknown(labels, LABEL_FIELDS, "labels of " + directory);
            for (Map.Entry<String, JsonNode> pair : labels.path("pairs").properties()) {
                resources.forEach(resource -> labelsOf(resource).put(pair.getKey(), pair.getValue().asString()));
            }
        }
        return resources;
    }

    private static void applyPatch(JsonNode patch, List<ObjectNode> resources, Path directory) {
        refuseUnknown(patch, PATCH_FIELDS, "patch in " + directory);
        JsonNode target = patch.path("target");
        refuseUnknown(target, TARGET_FIELDS, "patch target in " + directory);
        String kind = target.path("kind").asString(null);
        String name = target.path("name").asString(null);
        if (kind == null) {
            throw new UnsupportedManifestException("A patch in " + directory + " names no target kind");
        }
        JsonNode operations = Repository.YAML.readTree(patch.path("patch").asString());
        int patched = 0;
        for (ObjectNode resource : resources) {
            if (kind.equals(resource.path("kind").asString())
                    && (name == null || name.equals(resource.path("metadata").path("name").asString()))) {
                JsonPatch.apply(operations, resource);
                patched++;
            }
        }
        if (patched == 0) {
            throw new UnsupportedManifestException("A patch in " + directory + " matches nothing: " + target);
        }
    }

    private static ObjectNode metadata(ObjectNode resource) {
        return resource.has("metadata") ? (ObjectNode) resource.get("metadata") : resource.putObject("metadata");
    }

    private static ObjectNode labelsOf(ObjectNode resource) {
        ObjectNode metadata = metadata(resource);
        return metadata.has("labels") ? (ObjectNode) metadata.get("labels") : metadata.putObject("labels");
    }

    private static JsonNode single(Path file) {
        List<JsonNode> documents = Repository.yamlDocuments(Repository.read(file));
        if (documents.size() != 1) {
            throw new UnsupportedManifestException(file + " holds " + documents.size() + " documents");
        }
        return documents.getFirst();
    }

    private static void refuseUnknown(JsonNode node, Set<String> supported, String where) {
        for (String field : node.propertyNames()) {
            if (!supported.contains(field)) {
                throw new UnsupportedManifestException("Unsupported field " + field + " in " + where);
            }
        }
    }
}
