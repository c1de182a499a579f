package org.accord.app.api;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class ApiDocumentTest {

    @TestHTTPResource(value = "/openapi", management = true)
    URL openapi;

    @Test
    void document_listsOnlyApiPaths() {
        JsonNode document = ApiOperations.load(openapi);
        assertThat(names(document.get("paths"))).isNotEmpty()
                .allSatisfy(path -> assertThat(path).startsWith("/api/"));
    }

    @Test
    void document_holdsNoTemplateOrEngineTypes() {
        JsonNode document = ApiOperations.load(openapi);
        String text = document.toString();
        assertThat(text).doesNotContain("io.quarkus.qute", "TemplateInstance", "\"Template\"", "EngineImpl",
                "SectionHelper", "#/components/schemas/Template", "Engine\"");
        assertThat(names(document.get("components").get("schemas")))
                .noneMatch(name -> name.contains("Template") || name.contains("Engine")
                        || name.contains("SectionHelper") || name.contains("Qute"));
    }

    @Test
    void everyOperation_hasAUniqueOperationId() {
        List<String> ids = new ArrayList<>();
        ApiOperations.all(openapi).forEach(operation -> {
            assertThat(operation.id()).as(operation.toString()).isNotBlank();
            ids.add(operation.id());
        });
        assertThat(ids).doesNotHaveDuplicates().contains("BallotsApi_open", "StandardsApi_get", "MeResource_me");
    }

    @Test
    void everyRefusal_isDocumentedAsProblemJson() {
        assertThat(names(ApiOperations.load(openapi).at("/components/schemas/Problem/properties"))).contains(
                "type", "title",
                "status", "detail", "instance", "field");
        ApiOperations.all(openapi).forEach(operation -> {
            JsonNode responses = operation.node().get("responses");
            assertThat(names(responses)).as(operation.toString()).contains("400", "401", "403", "404");
            if (operation.hasBody()) {
                assertThat(names(responses)).as(operation.toString()).contains("413", "415");
            }
            responses.properties().stream().filter(response -> response.getKey().startsWith("4"))
                    .forEach(response -> assertThat(response.getValue()
                            .at("/content/application~1problem+json/schema/$ref").asText())
                            .as(operation + " " + response.getKey()).endsWith("/Problem"));
        });
    }

    private static List<String> names(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }
}
