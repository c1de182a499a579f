package org.accord.app.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.accord.app.review.Reviewing;
import org.accord.app.voting.Electorate;
import org.accord.drafting.api.events.SuggestionMade;
import org.accord.notifications.internal.app.DraftingIntake;
import org.accord.notifications.internal.app.PublishingIntake;
import org.accord.notifications.internal.app.StakeholdersIntake;
import org.accord.notifications.internal.app.VotingIntake;
import org.accord.publishing.api.events.LiaisonStatementSent;
import org.accord.review.internal.app.Actor;
import org.accord.review.internal.app.Commenting;
import org.accord.review.internal.app.Disposing;
import org.accord.review.internal.app.RoundAdministration;
import org.accord.stakeholders.api.events.BalanceAlertRaised;
import org.accord.testing.AccordTestStack;
import org.accord.voting.api.events.BallotClosed;
import org.accord.voting.api.events.BallotOpened;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class HomePageNeedsTest {

    private static final String DORA = "dora.notified@example.org";

    @Inject
    Notified notified;
    @Inject
    Reviewing reviewing;
    @Inject
    Electorate electorate;
    @Inject
    Commenting commenting;
    @Inject
    RoundAdministration rounds;
    @Inject
    Disposing disposing;
    @Inject
    DraftingIntake drafting;
    @Inject
    VotingIntake voting;
    @Inject
    PublishingIntake publishing;
    @Inject
    StakeholdersIntake stakeholders;

    @Test
    @TestSecurity(user = DORA, roles = {"member", "moderator", "liaison", "admin"})
    void theHomePage_showsEachKindOfItemThatNeedsTheMember_andTheActivityOfWhatTheyFollow() {
        UUID dora = dora();
        UUID liaison = notified.member(Notified.uniqueUsername(), false, "liaison");
        UUID admin = notified.member(Notified.uniqueUsername(), false, "admin");
        UUID ballot = electorate.ballot(electorate.committeeDraft(), "SIMPLE_MAJORITY", false);
        Reviewing.Draft draft = reviewing.committeeDraft();
        await().atMost(Duration.ofSeconds(30)).until(() -> notified.count("select count(*) from"
                + " notifications.draft_version where id = '" + draft.versionId() + "'") == 1);
        given().when().put("/api/notifications/follows/" + draft.standardId()).then().statusCode(200);
        UUID openRound = reviewing.round(draft.versionId(), true);
        UUID closedRound = reviewing.round(draft.versionId(), true);
        UUID awaiting = commenting.submit(closedRound, new Commenting.Draft("1", null, null, "ed", "Typo", null),
                DORA);
        UUID disposed = commenting.submit(closedRound, new Commenting.Draft("2", null, null, "te", "Define it",
                null), DORA);
        rounds.close(closedRound, "Answering", "mo");
        disposing.dispose(closedRound, new Disposing.Answer(List.of(disposed), "REJECTED", null, "Out of scope",
                List.of()), new Actor("eli", Set.of("member", "editor")));
        notified.awaitNotice(dora, "COMMENT_DISPOSED", UUID.fromString(notified.text("select disposition_id"
                + " from review.comment where id = '" + disposed + "'")));

        UUID suggestion = UUID.randomUUID();
        notified.execute("update notifications.standard set editors = array['" + DORA + "'] where id = '"
                + draft.standardId() + "'");
        inTransaction(() -> drafting.take(UUID.randomUUID(), new SuggestionMade(draft.standardId().toString(),
                draft.clauses().getFirst().toString(), suggestion.toString(), UUID.randomUUID().toString(),
                "Clearer", "someone", Instant.now())));
        UUID passedBallot = UUID.randomUUID();
        inTransaction(() -> voting.take(UUID.randomUUID(), new BallotOpened(passedBallot.toString(),
                "Approve CD 1", draft.versionId().toString(), null, "SIMPLE_MAJORITY", false,
                Instant.now().plus(Duration.ofDays(1)), 0, "mo", Instant.now(), null)));
        inTransaction(() -> voting.take(UUID.randomUUID(), new BallotClosed(passedBallot.toString(),
                draft.versionId().toString(), true, Instant.now(), "SIMPLE_MAJORITY", "Passed", null, List.of(),
                List.of(), "mo", null, false, null, Instant.now(), List.of())));
        UUID statement = UUID.randomUUID();
        inTransaction(() -> publishing.take(UUID.randomUUID(), new LiaisonStatementSent(statement.toString(),
                "GPAI secretariat", "Our consensus draft", List.of(), LocalDate.now(ZoneOffset.UTC).plusDays(1),
                "liz", Instant.now())));
        String rule = "rule-" + UUID.randomUUID();
        inTransaction(() -> stakeholders.take(UUID.randomUUID(), new BalanceAlertRaised(rule,
                "No stakeholder group above 50% of voting members",
                "INDUSTRY holds 60.0% of voting members (limit 50%)", Instant.now())));

        String home = given().when().get("/").then().statusCode(200).extract().asString();

        assertThat(home).contains("id=\"needs-you\"", "data-live-stream=\"/live/me\"")
                .contains("/ballots/" + ballot)
                .contains("/rounds/" + openRound)
                .contains("/rounds/" + closedRound + "/comments/" + awaiting)
                .contains("/rounds/" + closedRound + "/comments/" + disposed, "rejected")
                .contains("/standards/" + draft.standardId() + "/clauses/" + draft.clauses().getFirst())
                .contains("Approve CD 1")
                .contains("/exports/statements/" + statement)
                .contains("No stakeholder group above 50% of voting members")
                .contains("id=\"activity-list\"", "Comment round “Comments on the draft” opened");
        assertThat(notified.notices(liaison, "LIAISON_REPLY_DUE", statement)).isEqualTo(1);
        assertThat(alertNotices(admin, rule)).isEqualTo(1);
        assertThat(notified.notices(dora, "LIAISON_REPLY_DUE", statement)).as("not a liaison by membership")
                .isZero();
        assertThat(alertNotices(liaison, rule)).isZero();
        long needsYou = given().when().get("/api/notifications/counts").then().statusCode(200).extract().jsonPath()
                .getLong("needsYou");
        assertThat(needsYou).isGreaterThanOrEqualTo(8);
    }

    @Test
    @TestSecurity(user = DORA, roles = "member")
    void aMemberWithoutTheRoles_seesNoStageChangesLiaisonRepliesOrBalanceAlerts() {
        dora();
        inTransaction(() -> stakeholders.take(UUID.randomUUID(), new BalanceAlertRaised("rule-" + UUID.randomUUID(),
                "Sides within 10 points", "EU holds 70 %", Instant.now())));

        given().when().get("/").then().statusCode(200).body(containsString("id=\"needs-you\""))
                .body(not(containsString("id=\"needs-stages\""))).body(not(containsString("id=\"needs-replies\"")))
                .body(not(containsString("id=\"needs-alerts\""))).body(not(containsString("EU holds 70 %")));
    }

    @Test
    void aVisitor_isInvitedToSignIn() {
        given().when().get("/").then().statusCode(200).body(containsString("href=\"/signin\""))
                .body(not(containsString("needs-you")));
    }

    private UUID dora() {
        reviewing.member(DORA, "EU", "CIVIL_SOCIETY", true);
        await().atMost(Duration.ofSeconds(30)).until(() -> notified.count("select count(*) from notifications.member"
                + " where username = '" + DORA + "'") == 1 && notified.count(
                        "select count(*) from voting.voter"
                                + " where username = '" + DORA + "'") == 1);
        return UUID.fromString(notified.text("select member_id from notifications.member where username = '" + DORA
                + "'"));
    }

    private long alertNotices(UUID memberId, String rule) {
        return notified.count("select count(*) from notifications.notice where member_id = '" + memberId
                + "' and kind = 'BALANCE_ALERT' and params ->> 'ruleId' = '" + rule + "'");
    }

    private static void inTransaction(Runnable work) {
        QuarkusTransaction.requiringNew().run(work);
    }
}
