package org.accord.app.api;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The API document describes {@code /api} only: pages are HTML for browsers, and the template types their methods
 * return are no part of the API. Every operation lists the refusals it can answer, each with the problem+json body.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiDocument implements OASFilter {

    static final String PROBLEM = "Problem";
    private static final String SCHEMA_PREFIX = "#/components/schemas/";
    /** Operations for anyone, without sign-in, and rate-limited per client address. */
    private static final String PUBLIC = "/api/public/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().keySet().stream().filter(path -> !isApi(path)).toList()
                .forEach(openAPI.getPaths()::removePathItem);
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> documentRefusals(path, method, operation)));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(PROBLEM, problem());
        keepOnlyUsedSchemas(openAPI);
    }

    private static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static void documentRefusals(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        refusal(responses, "400",
                "A parameter or the body is malformed or breaks a rule; `field` names the field at fault");
        refusal(responses, "401", "No valid bearer token");
        refusal(responses, "403", "The caller's roles do not allow this request");
        refusal(responses, "404", "Nothing is at this address, or an id in it is unknown");
        refusal(responses, "406", "The Accept header allows no media type this operation answers in");
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            refusal(responses, "409", "The request clashes with what is stored");
        }
        if (path.startsWith(PUBLIC)) {
            refusal(responses, "429", "The caller's address sent more requests than its share; `Retry-After` says"
                    + " in how many seconds to try again");
        }
        if (operation.getRequestBody() != null) {
            refusal(responses, "413", "The request body is larger than the server accepts");
            refusal(responses, "415", "The request body is not of a type this operation accepts");
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") && (response.getContent() == null
                    || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(problemContent());
            }
        });
    }

    private static void refusal(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status,
                    OASFactory.createAPIResponse().description(description).content(problemContent()));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    private static Schema problem() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("RFC 9457 problem details: the one error format of the API")
                .addProperty("type", text("A URI naming the kind of problem; about:blank when the status says it all")
                        .format("uri"))
                .addProperty("title", text("The status's reason phrase"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .description("The HTTP status"))
                .addProperty("detail", text("What went wrong, for the person who sent the request"))
                .addProperty("instance", text("The path of the request"))
                .addProperty("field", text("The request field at fault, when one is"))
                .required(List.of("type", "title", "status"));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }

    /** Drops the schemas no remaining operation refers to, such as the template types of page methods. */
    private static void keepOnlyUsedSchemas(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        Map<String, Schema> schemas = components.getSchemas() == null ? Map.of() : components.getSchemas();
        Set<String> used = new HashSet<>();
        Deque<Object> toVisit = new ArrayDeque<>();
        openAPI.getPaths().getPathItems().values().stream().flatMap(item -> item.getOperations().values().stream())
                .flatMap(ApiDocument::schemasOf).forEach(toVisit::add);
        while (!toVisit.isEmpty()) {
            switch (toVisit.pop()) {
                case Schema schema -> {
                    if (schema.getRef() != null && schema.getRef().startsWith(SCHEMA_PREFIX)) {
                        String name = schema.getRef().substring(SCHEMA_PREFIX.length());
                        if (used.add(name) && schemas.containsKey(name)) {
                            toVisit.push(schemas.get(name));
                        }
                    }
                    schema.getAll().values().stream().filter(value -> value != null).forEach(toVisit::add);
                }
                case Map<?, ?> map -> map.values().stream().filter(value -> value != null).forEach(toVisit::add);
                case Collection<?> list -> list.stream().filter(value -> value != null).forEach(toVisit::add);
                default -> {
                }
            }
        }
        schemas.keySet().stream().filter(name -> !used.contains(name)).toList().forEach(components::removeSchema);
    }

    private static Stream<Schema> schemasOf(Operation operation) {
        Stream<Content> bodies = Stream.concat(
                Stream.ofNullable(operation.getRequestBody()).map(body -> body.getContent()),
                Stream.ofNullable(operation.getResponses()).flatMap(r -> r.getAPIResponses().values().stream())
                        .map(APIResponse::getContent));
        Stream<Schema> parameters = Stream.ofNullable(operation.getParameters()).flatMap(List::stream)
                .map(Parameter::getSchema);
        return Stream.concat(bodies.filter(content -> content != null && content.getMediaTypes() != null)
                .flatMap(content -> content.getMediaTypes().values().stream()).map(MediaType::getSchema),
                parameters).filter(schema -> schema != null);
    }
}
