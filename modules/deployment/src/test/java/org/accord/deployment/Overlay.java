package org.accord.deployment;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The kustomizations of deploy/k8s, rendered once per test run. */
enum Overlay {
    BASE("base"), DEMO("demo"), PROD("prod");

    private static final Map<Overlay, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

    private final String directory;

    Overlay(String directory) {
        this.directory = directory;
    }

    Path directory() {
        return Repository.path("deploy/k8s/" + directory);
    }

    /** Its resources; a test may read them but must not change them. */
    List<ObjectNode> resources() {
        return RENDERED.computeIfAbsent(this, overlay -> List.copyOf(Kustomize.build(overlay.directory())));
    }

    List<ObjectNode> ofKind(String kind) {
        return resources().stream().filter(resource -> kind.equals(resource.path("kind").asString())).toList();
    }

    ObjectNode one(String kind, String name) {
        return ofKind(kind).stream().filter(resource -> name.equals(resource.path("metadata").path("name").asString()))
                .findFirst().orElseThrow(() -> new AssertionError(this + " has no " + kind + " " + name));
    }

    static String identity(JsonNode resource) {
        return resource.path("apiVersion").asString() + " " + resource.path("kind").asString() + " "
                + resource.path("metadata").path("namespace").asString() + "/"
                + resource.path("metadata").path("name").asString();
    }
}
