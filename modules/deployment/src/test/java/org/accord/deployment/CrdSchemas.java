package org.accord.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The openAPIV3Schema of every served version of the CRDs vendored under deploy/k8s/crds, by apiVersion and kind. The
 * API server prunes fields a structural schema does not name, so a misspelt field would be dropped in silence; here
 * every object schema that names its properties refuses others, unless it says x-kubernetes-preserve-unknown-fields.
 * CEL rules (x-kubernetes-validations) are not evaluated.
 */
final class CrdSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
    private static final CrdSchemas VENDORED = load(Repository.path("deploy/k8s/crds"));

    private final Map<String, Schema> byApiVersionAndKind;

    private CrdSchemas(Map<String, Schema> byApiVersionAndKind) {
        this.byApiVersionAndKind = byApiVersionAndKind;
    }

    static CrdSchemas vendored() {
        return VENDORED;
    }

    boolean knows(JsonNode resource) {
        return byApiVersionAndKind.containsKey(key(resource));
    }

    List<Error> validate(JsonNode resource) {
        Schema schema = byApiVersionAndKind.get(key(resource));
        if (schema == null) {
            throw new AssertionError("No vendored CRD for " + key(resource));
        }
        return schema.validate(resource);
    }

    private static String key(JsonNode resource) {
        return resource.path("apiVersion").asString() + "/" + resource.path("kind").asString();
    }

    private static CrdSchemas load(Path directory) {
        Map<String, Schema> schemas = new HashMap<>();
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml")).forEach(
                    file -> Repository.yamlDocuments(Repository.read(file)).forEach(crd -> add(crd, schemas)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CrdSchemas(schemas);
    }

    private static void add(JsonNode crd, Map<String, Schema> schemas) {
        if (!"CustomResourceDefinition".equals(crd.path("kind").asString())) {
            return;
        }
        String group = crd.path("spec").path("group").asString();
        String kind = crd.path("spec").path("names").path("kind").asString();
        for (JsonNode version : crd.path("spec").path("versions")) {
            if (version.path("served").asBoolean()) {
                ObjectNode schema = (ObjectNode) version.path("schema").path("openAPIV3Schema").deepCopy();
                withTypeAndObjectMeta(schema);
                closeObjects(schema);
                schemas.put(group + "/" + version.path("name").asString() + "/" + kind, REGISTRY.getSchema(schema));
            }
        }
    }

    /** Every resource has these, whether or not its CRD's schema names them. */
    private static void withTypeAndObjectMeta(ObjectNode schema) {
        ObjectNode properties = schema.has("properties")
                ? (ObjectNode) schema.get("properties")
                : schema.putObject("properties");
        for (String field : List.of("apiVersion", "kind")) {
            if (!properties.has(field)) {
                properties.putObject(field).put("type", "string");
            }
        }
        if (!properties.has("metadata")) {
            properties.putObject("metadata").put("type", "object");
        }
    }

    /** Objects that list their properties take no others, as a strict API server would insist. */
    static void closeObjects(JsonNode schema) {
        if (!(schema instanceof ObjectNode object)) {
            return;
        }
        if (object.has("properties") && !object.has("additionalProperties")
                && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
            object.put("additionalProperties", false);
        }
        for (JsonNode property : object.path("properties")) {
            closeObjects(property);
        }
        closeObjects(object.path("items"));
        closeObjects(object.path("additionalProperties"));
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            object.path(combinator).forEach(CrdSchemas::closeObjects);
        }
    }
}
