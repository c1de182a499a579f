package org.accord.app.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.accord.app.review.Reviewing;
import org.accord.drafting.internal.app.Actor;
import org.accord.drafting.internal.app.ClauseEditing;
import org.accord.drafting.internal.app.StageChanging;
import org.accord.drafting.internal.app.StandardsAdministration;
import org.accord.drafting.internal.app.VersionPublishing;
import org.accord.notifications.internal.app.Reminding;
import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class FollowerNoticesTest {

    private static final String FAY = "fay.notified@example.org";
    private static final Actor EDITOR = new Actor("eli", Set.of("member", "editor"));

    @Inject
    Notified notified;
    @Inject
    Reviewing reviewing;
    @Inject
    StandardsAdministration standards;
    @Inject
    ClauseEditing editing;
    @Inject
    VersionPublishing versions;
    @Inject
    StageChanging stages;
    @Inject
    Reminding reminding;

    @Test
    @TestSecurity(user = FAY, roles = "member")
    void followersHearOfStageChangesAndRounds_thoseWhoUnfollowedDoNot_andRoundsRemindOnce() {
        UUID fay = notified.count("select count(*) from notifications.member where username = '" + FAY + "'") == 0
                ? notified.member(FAY, false)
                : UUID.fromString(notified.text("select member_id from notifications.member where username = '"
                        + FAY + "'"));
        UUID former = notified.member(Notified.uniqueUsername(), false);
        UUID standard = standards.create(EDITOR, "F" + UUID.randomUUID().toString().substring(0, 8), "Followed",
                "", List.of());
        await().atMost(Duration.ofSeconds(30)).until(() -> notified.count("select count(*) from"
                + " notifications.standard where id = '" + standard + "'") == 1);
        given().when().put("/api/notifications/follows/" + standard).then().statusCode(200);
        notified.execute("insert into notifications.follow (member_id, standard_id, following, since) values ('"
                + former + "', '" + standard + "', false, now())");

        editing.add(EDITOR, standard, null, 0, "CLAUSE", "Scope", "Text.");
        versions.publish(EDITOR, standard);
        stages.change(EDITOR, standard, "COMMITTEE_DRAFT", "Committee", null);

        notified.awaitNotice(fay, "STAGE_CHANGED", standard);
        assertThat(notified.text("select params ->> 'to' from notifications.notice where member_id = '" + fay
                + "' and kind = 'STAGE_CHANGED' and subject_id = '" + standard + "'")).isEqualTo("COMMITTEE_DRAFT");
        assertThat(notified.notices(former, "STAGE_CHANGED", standard)).isZero();

        UUID round = reviewing.round(reviewing.published(standard), true);
        notified.awaitNotice(fay, "ROUND_OPENED", round);
        assertThat(notified.notices(former, "ROUND_OPENED", round)).isZero();
        assertThat(notified.emails(fay, "ROUND_OPENED", round)).as("a digest e-mail by default").isEqualTo(1);
        assertThat(notified.count("select count(*) from notifications.email e join notifications.notice n"
                + " on n.id = e.notice_id where n.member_id = '" + fay + "' and n.subject_id = '" + round
                + "' and e.delivery = 'DIGEST'")).isEqualTo(1);

        Instant closesAt = Instant.parse(notified.text("select to_char(closes_at at time zone 'UTC',"
                + " 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from notifications.round where id = '" + round + "'"));
        reminding.remindDue(closesAt.minus(Duration.ofHours(3)));
        reminding.remindDue(closesAt.minus(Duration.ofHours(2)));
        assertThat(notified.notices(fay, "ROUND_CLOSING", round)).isEqualTo(1);
        assertThat(notified.notices(former, "ROUND_CLOSING", round)).isZero();
    }
}
