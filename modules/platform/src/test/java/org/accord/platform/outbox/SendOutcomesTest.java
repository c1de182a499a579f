package org.accord.platform.outbox;

import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.BrokerNotAvailableException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.LeaderNotAvailableException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.NotEnoughReplicasAfterAppendException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.UnknownProducerIdException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a cluster answers while a broker is down or two are, and while a partition's leader moves, is retried without
 * limit and never parks an event; only what a retry cannot mend counts towards parking (ADR 0016).
 */
class SendOutcomesTest {

    static Throwable[] clusterOutages() {
        return new Throwable[]{new NotEnoughReplicasException("2 of 3 brokers down"),
                new NotEnoughReplicasAfterAppendException("the follower left the ISR"),
                new NotLeaderOrFollowerException("the leader moved"), new LeaderNotAvailableException("electing"),
                new NetworkException("connection closed"),
                new org.apache.kafka.common.errors.TimeoutException("Expiring 3 records: delivery.timeout.ms"),
                new TimeoutException("no acknowledgement within 30s"),
                new BrokerNotAvailableException("broker stopping"),
                new OutOfOrderSequenceException("sequence lost in a leader change"),
                new UnknownProducerIdException("producer state expired"),
                new InvalidProducerEpochException("epoch bumped after an expired batch"),
                new CompletionException(new KafkaException(new NotEnoughReplicasException("wrapped")))};
    }

    static Throwable[] refusals() {
        return new Throwable[]{new RecordTooLargeException("above max.request.size"),
                new AuthorizationException("not allowed"), new InvalidTopicException("bad name")};
    }

    @ParameterizedTest
    @MethodSource("clusterOutages")
    void clusterOutage_isRetriedWithoutLimit_notCountedTowardsParking(Throwable failure) {
        SendOutcomes outcomes = new SendOutcomes();

        outcomes.add(7, failure);

        assertThat(outcomes.unreached().sequences()).containsExactly(7L);
        assertThat(outcomes.refused().sequences()).isEmpty();
        assertThat(outcomes.acknowledged()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void refusal_countsTowardsParking(Throwable failure) {
        SendOutcomes outcomes = new SendOutcomes();

        outcomes.add(7, failure);

        assertThat(outcomes.refused().sequences()).containsExactly(7L);
        assertThat(outcomes.unreached().sequences()).isEmpty();
    }
}
