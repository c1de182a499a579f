package org.accord.app.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.accord.app.SentStatements;
import org.accord.drafting.internal.app.Actor;
import org.accord.drafting.internal.app.ClauseEditing;
import org.accord.drafting.internal.app.StandardsAdministration;
import org.accord.drafting.internal.domain.ClauseKind;
import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class StandardPageStatementsTest {

    private static final Actor EDITOR = new Actor("eli", Set.of("member", "editor"));

    @Inject
    StandardsAdministration standards;
    @Inject
    ClauseEditing editing;

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void standardPage_sendsTheSameStatements_forTenOrOneHundredClauses() {
        List<String> small = statementsForPageOf(10);
        List<String> large = statementsForPageOf(100);

        // Review's rounds and comment counts are one statement each.
        assertThat(small).isNotEmpty();
        assertThat(large).hasSameSizeAs(small).hasSizeLessThan(12);
    }

    private List<String> statementsForPageOf(int clauses) {
        UUID id = standards.create(EDITOR, "Q" + UUID.randomUUID().toString().substring(0, 8), "Statements", "",
                List.of());
        List<ClauseEditing.NewClause> newClauses = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < clauses; i++) {
            newClauses.add(new ClauseEditing.NewClause(i % 5 == 0 ? null : ids.get(i - i % 5),
                    i % 5 == 0 ? ClauseKind.SECTION : ClauseKind.CLAUSE, "Clause " + i, "Text " + i));
            ids.add(UUID.randomUUID());
        }
        editing.append(EDITOR, id, newClauses, ids);
        String page = "/standards/" + id;
        // The second render: what every reader after the first one costs.
        SentStatements.ofPage(page);
        return SentStatements.ofPage(page);
    }
}
