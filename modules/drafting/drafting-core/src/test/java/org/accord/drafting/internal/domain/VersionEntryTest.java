package org.accord.drafting.internal.domain;

import java.util.List;
import java.util.UUID;

import org.accord.drafting.api.text.ContentHash;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VersionEntryTest {

    private static final UUID SCOPE = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID TERMS = UUID.fromString("00000000-0000-0000-0000-000000000002");

    private static final List<VersionEntry> TEXT = List.of(
            new VersionEntry(SCOPE, UUID.randomUUID(), null, 0, ClauseKind.SECTION, "1", "Scope",
                    "This \"standard\" applies to AI.\nÉté – \u0001"),
            new VersionEntry(TERMS, UUID.randomUUID(), SCOPE, 0, ClauseKind.CLAUSE, "1.1", "Terms", "a\\b\ttab"));

    @Test
    void contentHash_isTheApisHashOfTheEntriesAsClauses_soOtherModulesRecomputeIt() {
        assertThat(VersionEntry.contentHash(TEXT)).isEqualTo(ContentHash.of(List.of(
                new ContentHash.Clause(SCOPE, null, "SECTION", "Scope",
                        "This \"standard\" applies to AI.\nÉté – \u0001"),
                new ContentHash.Clause(TERMS, SCOPE, "CLAUSE", "Terms", "a\\b\ttab"))))
                .isEqualTo("1c102d0303c4c107d88d9040186e501c11f5e56cd67f6d22f8b90efb73d64f39");
    }

    @Test
    void contentHash_ignoresRevisionIdsNumbersAndPositions_soTheSameWordsInTheSamePlacesHashAlike() {
        List<VersionEntry> resaved = TEXT.stream().map(entry -> new VersionEntry(entry.clauseId(), UUID.randomUUID(),
                entry.parentId(), entry.position() + 1, entry.kind(), "renumbered", entry.heading(), entry.text()))
                .toList();

        assertThat(VersionEntry.contentHash(resaved)).isEqualTo(VersionEntry.contentHash(TEXT));
    }
}
