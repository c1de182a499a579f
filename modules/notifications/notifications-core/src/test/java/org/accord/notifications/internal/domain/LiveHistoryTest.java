package org.accord.notifications.internal.domain;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LiveHistoryTest {

    private static final String VOTING = "accord.voting.v1";
    private static final LiveStream BALLOT = LiveStream.ballot(UUID.randomUUID());
    private static final LiveStream OTHER_BALLOT = LiveStream.ballot(UUID.randomUUID());

    private final LiveHistory history = new LiveHistory(2, 3);

    private LiveUpdate voteAt(LiveStream stream, int partition, long offset) {
        history.heard(VOTING, partition, offset);
        LiveUpdate update = LiveUpdate.of(LiveEvent.UPDATE, new FeedPosition(partition, offset));
        history.record(stream, update);
        return update;
    }

    @Test
    void missedSince_anIdOfTheStream_givesTheUpdatesAfterIt_inOrder() {
        voteAt(BALLOT, 1, 10);
        LiveUpdate second = voteAt(BALLOT, 1, 12);
        LiveUpdate third = voteAt(BALLOT, 1, 15);

        assertThat(history.missedSince(BALLOT, "1-10")).contains(List.of(second, third));
        assertThat(history.missedSince(BALLOT, "1-15")).contains(List.of());
        assertThat(history.latest(BALLOT)).contains(new FeedPosition(1, 15));
    }

    @Test
    void missedSince_anIdOlderThanTheKeptUpdates_provesNothing() {
        voteAt(BALLOT, 1, 10);
        voteAt(BALLOT, 1, 11);
        voteAt(BALLOT, 1, 12);
        voteAt(BALLOT, 1, 13);

        assertThat(history.missedSince(BALLOT, "1-9")).as("the update at 10 was forgotten").isEmpty();
        assertThat(history.missedSince(BALLOT, "1-10")).hasValueSatisfying(missed -> assertThat(missed).hasSize(3));
        assertThat(history.missedSince(BALLOT, "1-11")).hasValueSatisfying(missed -> assertThat(missed).hasSize(2));
    }

    @Test
    void missedSince_malformedUnheardOrFutureIds_proveNothing() {
        voteAt(BALLOT, 1, 10);

        assertThat(history.missedSince(BALLOT, null)).isEmpty();
        assertThat(history.missedSince(BALLOT, "")).isEmpty();
        assertThat(history.missedSince(BALLOT, "nonsense")).isEmpty();
        assertThat(history.missedSince(BALLOT, "1-10-3")).isEmpty();
        assertThat(history.missedSince(BALLOT, "-1-10")).isEmpty();
        assertThat(history.missedSince(BALLOT, "2-10")).as("a partition not heard").isEmpty();
        assertThat(history.missedSince(BALLOT, "1-11")).as("not heard yet").isEmpty();
        assertThat(history.missedSince(BALLOT, "1-8")).as("before this instance began to read").isEmpty();
        assertThat(history.missedSince(BALLOT, "1-9")).as("just before its first record").contains(
                List.of(LiveUpdate.of(LiveEvent.UPDATE, new FeedPosition(1, 10))));
    }

    @Test
    void missedSince_aStreamWithoutUpdatesSinceTheId_givesNothing_unlessAForgottenStreamMayHaveHadSome() {
        history.heard(VOTING, 1, 10);
        history.heard(VOTING, 1, 20);
        assertThat(history.missedSince(BALLOT, "1-10")).contains(List.of());

        voteAt(OTHER_BALLOT, 1, 21);
        voteAt(LiveStream.ballot(UUID.randomUUID()), 1, 22);
        voteAt(LiveStream.ballot(UUID.randomUUID()), 1, 23);

        assertThat(history.missedSince(OTHER_BALLOT, "1-20")).as("its updates were forgotten with it").isEmpty();
        assertThat(history.missedSince(BALLOT, "1-20")).as("it may have been the forgotten stream").isEmpty();
        assertThat(history.missedSince(BALLOT, "1-22")).contains(List.of());
    }

    @Test
    void missedSince_fromBeforeALostPartition_provesNothing_evenWhenHeardAgainLater() {
        voteAt(BALLOT, 1, 10);
        voteAt(BALLOT, 1, 11);
        assertThat(history.missedSince(BALLOT, "1-10")).as("heard without a break").isPresent();

        history.lost(VOTING, 1);
        history.heard(VOTING, 1, 40);

        assertThat(history.missedSince(BALLOT, "1-10")).as("the feed may have jumped over updates").isEmpty();
        assertThat(history.missedSince(BALLOT, "1-11")).isEmpty();
        assertThat(history.missedSince(OTHER_BALLOT, "1-39")).as("heard again from 40").contains(List.of());
    }

    @Test
    void missedSince_fromBeforeARecordThatFailed_provesNothing_butFromItOnItDoes() {
        voteAt(BALLOT, 1, 10);
        history.heard(VOTING, 1, 11);
        history.brokeAt(VOTING, 1, 11);
        LiveUpdate after = voteAt(BALLOT, 1, 12);

        assertThat(history.missedSince(BALLOT, "1-10")).as("the failed record may have been an update").isEmpty();
        assertThat(history.missedSince(BALLOT, "1-11")).contains(List.of(after));
        assertThat(history.missedSince(BALLOT, "1-12")).contains(List.of());
    }

    @Test
    void missedSince_aStreamThatCannotResume_isAlwaysFetchedAgain() {
        history.heard(VOTING, 1, 10);

        assertThat(history.missedSince(LiveStream.member(UUID.randomUUID()), "1-10")).isEmpty();
    }

    @Test
    void feedPosition_isWrittenAndReadAsPartitionDashOffset() {
        assertThat(new FeedPosition(3, 42).id()).isEqualTo("3-42");
        assertThat(FeedPosition.parse("3-42")).contains(new FeedPosition(3, 42));
        assertThat(FeedPosition.parse("99999999999-1")).isEmpty();
    }
}
