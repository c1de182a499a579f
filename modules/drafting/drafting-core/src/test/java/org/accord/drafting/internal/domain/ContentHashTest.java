package org.accord.drafting.internal.domain;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentHashTest {

    private static final UUID SCOPE = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID TERMS = UUID.fromString("00000000-0000-0000-0000-000000000002");

    private static final List<VersionEntry> TEXT = List.of(
            new VersionEntry(SCOPE, UUID.randomUUID(), null, 0, ClauseKind.SECTION, "1", "Scope",
                    "This \"standard\" applies to AI.\nÉté – \u0001"),
            new VersionEntry(TERMS, UUID.randomUUID(), SCOPE, 0, ClauseKind.CLAUSE, "1.1", "Terms", "a\\b\ttab"));

    @Test
    void of_isSha256OfTheCanonicalJson_asAnyJsonToolWithSortedKeysComputesIt() {
        // Computed independently: json.dumps(clauses, sort_keys=True, separators=(',', ':'), ensure_ascii=False)
        assertThat(ContentHash.canonicalJson(TEXT)).isEqualTo("[{\"clauseId\":\"" + SCOPE + "\",\"heading\":\"Scope\","
                + "\"kind\":\"SECTION\",\"parentId\":null,\"text\":\"This \\\"standard\\\" applies to AI.\\nÉté – "
                + "\\u0001\"},{\"clauseId\":\"" + TERMS + "\",\"heading\":\"Terms\",\"kind\":\"CLAUSE\",\"parentId\":\""
                + SCOPE + "\",\"text\":\"a\\\\b\\ttab\"}]");
        assertThat(ContentHash.of(TEXT)).isEqualTo("1c102d0303c4c107d88d9040186e501c11f5e56cd67f6d22f8b90efb73d64f39");
    }

    @Test
    void of_ignoresRevisionIdsAndNumbers_soTheSameWordsInTheSamePlacesHashAlike() {
        List<VersionEntry> resaved = TEXT.stream().map(entry -> new VersionEntry(entry.clauseId(), UUID.randomUUID(),
                entry.parentId(), entry.position(), entry.kind(), "renumbered", entry.heading(), entry.text()))
                .toList();

        assertThat(ContentHash.of(resaved)).isEqualTo(ContentHash.of(TEXT));
    }

    @Test
    void of_changesWithAWordAnOrderOrAParent() {
        VersionEntry scope = TEXT.get(0);
        VersionEntry terms = TEXT.get(1);
        VersionEntry reworded = new VersionEntry(terms.clauseId(), terms.revisionId(), terms.parentId(), 0,
                terms.kind(), terms.number(), terms.heading(), "a\\b\ttabs");
        VersionEntry moved = new VersionEntry(terms.clauseId(), terms.revisionId(), null, 1, terms.kind(),
                terms.number(), terms.heading(), terms.text());

        assertThat(ContentHash.of(List.of(scope, reworded))).isNotEqualTo(ContentHash.of(TEXT));
        assertThat(ContentHash.of(List.of(scope, moved))).isNotEqualTo(ContentHash.of(TEXT));
        assertThat(ContentHash.of(List.of(terms, scope))).isNotEqualTo(ContentHash.of(TEXT));
    }
}
