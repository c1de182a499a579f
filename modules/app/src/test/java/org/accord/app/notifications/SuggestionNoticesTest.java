package org.accord.app.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.accord.drafting.api.events.SuggestionDecided;
import org.accord.drafting.internal.app.Actor;
import org.accord.drafting.internal.app.ClauseEditing;
import org.accord.drafting.internal.app.StandardsAdministration;
import org.accord.drafting.internal.app.SuggestionsHandling;
import org.accord.notifications.internal.app.DraftingIntake;
import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The decision on a suggestion reaches its author, once, and no one else: not the editor who decided it. */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class SuggestionNoticesTest {

    private static final String KIND = "SUGGESTION_DECIDED";

    @Inject
    Notified notified;
    @Inject
    StandardsAdministration standards;
    @Inject
    ClauseEditing editing;
    @Inject
    SuggestionsHandling suggestions;
    @Inject
    DraftingIntake intake;

    @Test
    void aDecision_reachesTheAuthorOnce_andNeitherTheDecidingEditorNorFollowers_evenWhenAppliedTwice() {
        String editorName = Notified.uniqueUsername();
        String authorName = Notified.uniqueUsername();
        UUID editorId = notified.member(editorName, false, "editor");
        UUID author = notified.member(authorName, false);
        UUID follower = notified.member(Notified.uniqueUsername(), false);
        Actor editor = new Actor(editorName, Set.of("member", "editor"));
        UUID standard = standards.create(editor, "S" + UUID.randomUUID().toString().substring(0, 8), "Suggested",
                "", List.of());
        UUID clause = editing.add(editor, standard, null, 0, "CLAUSE", "Scope", "Text.");
        await().atMost(Duration.ofSeconds(30)).until(() -> notified.count("select count(*) from"
                + " notifications.standard where id = '" + standard + "'") == 1);
        notified.execute("insert into notifications.follow (member_id, standard_id, following, since) values ('"
                + follower + "', '" + standard + "', true, now())");

        UUID theirs = suggestions.suggest(new Actor(authorName, Set.of("member")), standard, clause, null,
                "Clearer text.", "The scope is vague");
        UUID editorsOwn = suggestions.suggest(editor, standard, clause, null, "Other text.", "A second thought");
        await().atMost(Duration.ofSeconds(30)).until(() -> notified.count("select count(*) from"
                + " notifications.suggestion where id in ('" + theirs + "', '" + editorsOwn + "')") == 2);
        suggestions.decide(editor, standard, editorsOwn, false, "Not needed after all", null);
        suggestions.decide(editor, standard, theirs, true, "Agreed", null);

        notified.awaitNotice(author, KIND, theirs);
        await().atMost(Duration.ofSeconds(30)).until(() -> notified.count("select count(*) from"
                + " notifications.suggestion where decided and id = '" + editorsOwn + "'") == 1);
        assertThat(notified.text("select params ->> 'accepted' from notifications.notice where member_id = '" + author
                + "' and kind = '" + KIND + "' and subject_id = '" + theirs + "'")).isEqualTo("true");
        assertThat(notified.emails(author, KIND, theirs)).isEqualTo(1);
        assertThat(notified.notices(editorId, KIND, theirs)).as("the deciding editor").isZero();
        assertThat(notified.notices(editorId, KIND, editorsOwn)).as("an editor deciding their own").isZero();
        assertThat(notified.count("select count(*) from notifications.notice where kind = '" + KIND
                + "' and subject_id in ('" + theirs + "', '" + editorsOwn + "')")).as("anyone, followers too")
                .isEqualTo(1);

        UUID eventId = UUID.fromString(notified.text("select event_id from notifications.notice where member_id = '"
                + author + "' and kind = '" + KIND + "' and subject_id = '" + theirs + "'"));
        SuggestionDecided again = new SuggestionDecided(standard.toString(), clause.toString(), theirs.toString(),
                true, null, "Agreed", editorName, Instant.now());
        QuarkusTransaction.requiringNew().run(() -> intake.take(eventId, again));
        QuarkusTransaction.requiringNew().run(() -> intake.take(eventId, again));

        assertThat(notified.notices(author, KIND, theirs)).isEqualTo(1);
        assertThat(notified.emails(author, KIND, theirs)).isEqualTo(1);
        assertThat(notified.notices(follower, KIND, theirs)).isZero();
    }
}
