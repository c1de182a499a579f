package org.accord.drafting.api.text;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentHashTest {

    static final UUID SCOPE = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID TERMS = UUID.fromString("00000000-0000-0000-0000-000000000002");

    static final List<ContentHash.Clause> TEXT = List.of(
            new ContentHash.Clause(SCOPE, null, "SECTION", "Scope", "This \"standard\" applies to AI.\nÉté – \u0001"),
            new ContentHash.Clause(TERMS, SCOPE, "CLAUSE", "Terms", "a\\b\ttab"));

    /** The hash of {@link #TEXT}, computed independently. */
    static final String TEXT_HASH = "1c102d0303c4c107d88d9040186e501c11f5e56cd67f6d22f8b90efb73d64f39";

    @Test
    void of_isSha256OfTheCanonicalJson_asAnyJsonToolWithSortedKeysComputesIt() {
        // Computed independently: json.dumps(clauses, sort_keys=True, separators=(',', ':'), ensure_ascii=False)
        assertThat(ContentHash.canonicalJson(TEXT)).isEqualTo("[{\"clauseId\":\"" + SCOPE + "\",\"heading\":\"Scope\","
                + "\"kind\":\"SECTION\",\"parentId\":null,\"text\":\"This \\\"standard\\\" applies to AI.\\nÉté – "
                + "\\u0001\"},{\"clauseId\":\"" + TERMS + "\",\"heading\":\"Terms\",\"kind\":\"CLAUSE\",\"parentId\":\""
                + SCOPE + "\",\"text\":\"a\\\\b\\ttab\"}]");
        assertThat(ContentHash.of(TEXT)).isEqualTo(TEXT_HASH);
    }

    @Test
    void of_changesWithAWordAnOrderAParentOrAKind() {
        ContentHash.Clause scope = TEXT.get(0);
        ContentHash.Clause terms = TEXT.get(1);
        ContentHash.Clause reworded = new ContentHash.Clause(TERMS, SCOPE, "CLAUSE", "Terms", "a\\b\ttabs");
        ContentHash.Clause moved = new ContentHash.Clause(TERMS, null, "CLAUSE", "Terms", terms.text());
        ContentHash.Clause retyped = new ContentHash.Clause(TERMS, SCOPE, "TERM", "Terms", terms.text());

        assertThat(ContentHash.of(List.of(scope, reworded))).isNotEqualTo(TEXT_HASH);
        assertThat(ContentHash.of(List.of(scope, moved))).isNotEqualTo(TEXT_HASH);
        assertThat(ContentHash.of(List.of(scope, retyped))).isNotEqualTo(TEXT_HASH);
        assertThat(ContentHash.of(List.of(terms, scope))).isNotEqualTo(TEXT_HASH);
    }

    @Test
    void anEmptyText_isTheHashOfAnEmptyArray() {
        assertThat(ContentHash.canonicalJson(List.of())).isEqualTo("[]");
        assertThat(ContentHash.of(List.of()))
                .isEqualTo("4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945");
    }

    @Test
    void aClauseWithoutHeadingOrText_isRefused_soNoHashIsMadeOfMissingWords() {
        assertThatThrownBy(() -> new ContentHash.Clause(SCOPE, null, "CLAUSE", null, "text"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining(SCOPE.toString());
        assertThatThrownBy(() -> new ContentHash.Clause(SCOPE, null, "CLAUSE", "", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("text");
    }
}
