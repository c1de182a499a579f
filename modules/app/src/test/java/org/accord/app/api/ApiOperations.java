package org.accord.app.api;

import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static io.restassured.RestAssured.given;

/** The operations of the running application's OpenAPI document. */
record ApiOperations(String method, String path, String id, JsonNode node, JsonNode document) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param openapi
     *            the document's address on the management interface
     */
    static JsonNode load(URL openapi) {
        try {
            return JSON
                    .readTree(given().accept("application/json").queryParam("format", "json").when().get(openapi).then()
                            .statusCode(200).extract().asString());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ApiOperations> all(URL openapi) {
        JsonNode document = load(openapi);
        List<ApiOperations> operations = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().stream()
                .filter(entry -> entry.getValue().has("responses"))
                .forEach(entry -> operations.add(new ApiOperations(entry.getKey().toUpperCase(), path.getKey(),
                        entry.getValue().path("operationId").asText(null), entry.getValue(), document))));
        return operations;
    }

    /** An operation that names no security requirement is meant for anyone, signed in or not. */
    boolean isPublic() {
        return !node.has("security");
    }

    boolean hasRequiredQuery() {
        return parameters("query").anyMatch(parameter -> parameter.path("required").asBoolean());
    }

    boolean hasBody() {
        return node.has("requestBody");
    }

    boolean takesJson() {
        return node.at("/requestBody/content").has("application/json");
    }

    /** The properties of the JSON body's object schema, each with its resolved schema. */
    List<java.util.Map.Entry<String, JsonNode>> bodyProperties() {
        JsonNode schema = resolve(node.at("/requestBody/content/application~1json/schema"));
        return schema.path("properties").properties().stream()
                .map(property -> java.util.Map.entry(property.getKey(), resolve(property.getValue()))).toList();
    }

    Stream<JsonNode> parameters(String in) {
        return node.path("parameters").valueStream().filter(parameter -> in.equals(parameter.path("in").asText()));
    }

    JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            return resolve(document.at(schema.get("$ref").asText().substring(1)));
        }
        return schema;
    }

    /** The schema's type, leaving out the {@code null} of a nullable one. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            return type.valueStream().map(JsonNode::asText).filter(name -> !name.equals("null")).findFirst()
                    .orElse("object");
        }
        return type.asText(schema.has("properties") ? "object" : "");
    }

    @Override
    public String toString() {
        return method + " " + path + " (" + id + ")";
    }
}
