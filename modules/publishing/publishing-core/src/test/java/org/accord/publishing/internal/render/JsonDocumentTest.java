package org.accord.publishing.internal.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.accord.publishing.internal.document.ClauseKind;
import org.accord.publishing.internal.document.DocumentClause;
import org.accord.publishing.internal.document.SampleDocuments;
import org.accord.publishing.internal.document.StandardDocument;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class JsonDocumentTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final JsonDocument renderer = new JsonDocument();

    @Test
    void oneClause_isWrittenWithEveryKeyInItsPlace() {
        UUID clause = new UUID(0, 3);
        StandardDocument standard = new StandardDocument(new UUID(0, 1), "TAWG 1", "Title \"quoted\"", "Scope.",
                "CONSENSUS_DRAFT", new UUID(0, 2), "CD 2", "ab".repeat(32), Instant.parse("2026-11-02T10:15:30Z"),
                List.of(new DocumentClause(clause, "1", ClauseKind.SECTION, "Scope", "Text *here*.\n\n- ü", List.of(
                        new DocumentClause(new UUID(0, 4), "NOTE 1", ClauseKind.NOTE, "", "A note.", List.of())))));

        assertThat(new String(renderer.render(standard), StandardCharsets.UTF_8)).isEqualTo("""
                {
                  "format": "accord.standard.v1",
                  "standard": {
                    "id": "00000000-0000-0000-0000-000000000001",
                    "reference": "TAWG 1",
                    "title": "Title \\"quoted\\"",
                    "scope": "Scope."
                  },
                  "version": {
                    "id": "00000000-0000-0000-0000-000000000002",
                    "label": "CD 2",
                    "designation": "TAWG 1 CD 2",
                    "stage": "CONSENSUS_DRAFT",
                    "contentHash": "%s",
                    "frozenAt": "2026-11-02T10:15:30Z"
                  },
                  "clauses": [
                    {
                      "id": "00000000-0000-0000-0000-000000000003",
                      "anchor": "c-00000000-0000-0000-0000-000000000003",
                      "number": "1",
                      "kind": "SECTION",
                      "heading": "Scope",
                      "text": "Text *here*.\\n\\n- ü",
                      "clauses": [
                        {
                          "id": "00000000-0000-0000-0000-000000000004",
                          "anchor": "c-00000000-0000-0000-0000-000000000004",
                          "number": "NOTE 1",
                          "kind": "NOTE",
                          "heading": "",
                          "text": "A note.",
                          "clauses": [ ]
                        }
                      ]
                    }
                  ]
                }
                """.formatted("ab".repeat(32)));
    }

    @Test
    void generated_hasEveryClauseWithItsIdNumberKindHeadingAndText_inDocumentOrder() throws IOException {
        StandardDocument standard = SampleDocuments.generated(1000);

        JsonNode json = MAPPER.readTree(renderer.render(standard));

        assertThat(json.path("format").asText()).isEqualTo(JsonDocument.FORMAT);
        assertThat(json.path("standard").path("id").asText()).isEqualTo(standard.standardId().toString());
        assertThat(json.path("version").path("contentHash").asText()).isEqualTo(standard.contentHash());
        List<JsonNode> clauses = new ArrayList<>();
        json.path("clauses").forEach(clause -> flatten(clause, clauses));
        assertThat(clauses).extracting(clause -> clause.path("id").asText(), clause -> clause.path("number").asText(),
                clause -> clause.path("kind").asText(), clause -> clause.path("heading").asText(),
                clause -> clause.path("text").asText())
                .containsExactlyElementsOf(standard.inDocumentOrder().stream()
                        .map(clause -> tuple(clause.clauseId().toString(), clause.number(), clause.kind().name(),
                                clause.heading(), clause.text()))
                        .toList());
    }

    @Test
    void sameDocument_givesTheSameBytes() {
        StandardDocument standard = SampleDocuments.small();

        assertThat(renderer.render(standard)).isEqualTo(renderer.render(standard));
    }

    private static void flatten(JsonNode clause, List<JsonNode> into) {
        into.add(clause);
        clause.path("clauses").forEach(child -> flatten(child, into));
    }
}
