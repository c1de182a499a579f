package org.accord.app.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.accord.drafting.api.events.DraftVersionPublished;
import org.accord.drafting.api.events.StageChanged;
import org.accord.notifications.internal.app.DraftingIntake;
import org.accord.notifications.internal.app.VotingIntake;
import org.accord.testing.AccordTestStack;
import org.accord.voting.api.events.BallotClosed;
import org.accord.voting.api.events.BallotOpened;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Drafting's and voting's events come on different topics, in either order; what they tell together is kept. */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class OutOfOrderEventsTest {

    @Inject
    Notified notified;
    @Inject
    DraftingIntake drafting;
    @Inject
    VotingIntake voting;

    @Test
    void aBallotOpenedBeforeItsDraftVersionIsKnown_stillReachesTheStandardsFollowersOnClose() {
        UUID follower = notified.member(Notified.uniqueUsername(), false);
        UUID standard = UUID.randomUUID();
        UUID version = UUID.randomUUID();
        UUID ballot = UUID.randomUUID();
        notified.execute("insert into notifications.follow (member_id, standard_id, following, since) values ('"
                + follower + "', '" + standard + "', true, now())");

        take(() -> voting.take(UUID.randomUUID(), opened(ballot, version)));
        take(() -> drafting.take(UUID.randomUUID(), new DraftVersionPublished(standard.toString(),
                version.toString(), "CD 1", "COMMITTEE_DRAFT", List.of(), "hash", "eli", Instant.now())));
        take(() -> voting.take(UUID.randomUUID(), closed(ballot, version)));

        assertThat(notified.notices(follower, "BALLOT_CLOSED", ballot)).isEqualTo(1);
        assertThat(notified.text("select standard_id from notifications.ballot where id = '" + ballot + "'"))
                .isEqualTo(standard.toString());
    }

    @Test
    void aStageChangeHeardBeforeTheBallotsClose_leavesNothingWaiting() {
        UUID standard = UUID.randomUUID();
        UUID version = UUID.randomUUID();
        UUID ballot = UUID.randomUUID();
        take(() -> voting.take(UUID.randomUUID(), opened(ballot, version)));

        take(() -> drafting.take(UUID.randomUUID(), new StageChanged(standard.toString(), "COMMITTEE_DRAFT",
                "ENQUIRY_DRAFT", "Ballot passed", ballot.toString(), "hash", "mo", Instant.now())));
        take(() -> voting.take(UUID.randomUUID(), closed(ballot, version)));

        assertThat(notified.text("select passed::text || ',' || awaiting_stage::text from notifications.ballot"
                + " where id = '" + ballot + "'")).isEqualTo("true,false");
    }

    private static BallotOpened opened(UUID ballot, UUID version) {
        return new BallotOpened(ballot.toString(), "Approve CD 1", version.toString(), null, "SIMPLE_MAJORITY",
                false, Instant.now().plus(Duration.ofDays(7)), 0, "mo", Instant.now(), null);
    }

    private static BallotClosed closed(UUID ballot, UUID version) {
        return new BallotClosed(ballot.toString(), version.toString(), true, Instant.now(), "SIMPLE_MAJORITY",
                "Passed", null, List.of(), List.of(), "mo", null, false, null, Instant.now(), List.of());
    }

    private static void take(Runnable work) {
        QuarkusTransaction.requiringNew().run(work);
    }
}
