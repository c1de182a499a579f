package org.accord.review.internal.app;

import java.util.Map;
import java.util.UUID;

import org.accord.platform.errors.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnchorsTest {

    private final UUID scope = UUID.randomUUID();
    private final UUID annex = UUID.randomUUID();
    private final Anchors anchors = new Anchors("CD 2", Map.of(scope, "4.2", annex, "Annex A"));

    @Test
    void aClauseIsNamedByItsNumberInTheVersionOrByItsStableId() {
        assertThat(anchors.resolve("clause", "4.2")).isEqualTo(new Anchors.Anchor(scope, "4.2"));
        assertThat(anchors.resolve("clause", "Clause 4.2.")).isEqualTo(new Anchors.Anchor(scope, "4.2"));
        assertThat(anchors.resolve("clause", "annex a")).isEqualTo(new Anchors.Anchor(annex, "Annex A"));
        assertThat(anchors.resolve("clause", scope.toString())).isEqualTo(new Anchors.Anchor(scope, "4.2"));
    }

    @Test
    void nothingOrGeneral_isTheWholeDocument() {
        assertThat(anchors.resolve("clause", null)).isEqualTo(new Anchors.Anchor(null, null));
        assertThat(anchors.resolve("clause", " General ")).isEqualTo(new Anchors.Anchor(null, null));
        assertThat(anchors.resolve("clause", "général")).as("as a French report writes it")
                .isEqualTo(new Anchors.Anchor(null, null));
        assertThat(anchors.resolve("clause", "Allgemein")).as("as a German report writes it")
                .isEqualTo(new Anchors.Anchor(null, null));
    }

    @Test
    void aNumberOrIdNotInTheVersion_isRefusedNamingTheVersion() {
        assertThatThrownBy(() -> anchors.resolve("clause", "9.9")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("no clause 9.9 in CD 2");
        assertThatThrownBy(() -> anchors.resolve("clause", UUID.randomUUID().toString()))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aCommentsCandidatesAreLookedUpByNormalisedNumberAndId_andGeneralLooksUpNothing() {
        assertThat(Anchors.candidates(" general ", (number, id) -> {
            throw new AssertionError("no lookup for the whole document");
        })).isEmpty();
        assertThat(Anchors.candidates("Clause 4.2.", (number, id) -> {
            assertThat(number).isEqualTo("4.2");
            assertThat(id).isNull();
            return Map.of(scope, "4.2");
        })).containsEntry(scope, "4.2");
        assertThat(Anchors.candidates(annex.toString(), (number, id) -> Map.of(id, "Annex A")))
                .containsEntry(annex, "Annex A");
    }
}
