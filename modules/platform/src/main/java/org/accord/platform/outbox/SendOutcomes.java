package org.accord.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.common.errors.BrokerNotAvailableException;
import org.apache.kafka.common.errors.InvalidPidMappingException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.RetriableException;

/**
 * The broker's answers to one batch. A record the brokers could not take for now (a timeout, a lost connection, a
 * partition without a leader or with fewer in-sync replicas than {@code min.insync.replicas}, a producer that lost its
 * sequence in a leader change) is tried again without limit; one they refused (too large, not allowed) would be refused
 * again, so refusals count towards parking.
 */
final class SendOutcomes {

    private final List<Long> acknowledged = new ArrayList<>();
    private final List<Long> heldBack = new ArrayList<>();
    private final Failures unreached = new Failures();
    private final Failures refused = new Failures();

    void add(long sequence, Throwable failure) {
        if (failure == null) {
            acknowledged.add(sequence);
        } else {
            (isRefusal(failure) ? refused : unreached).add(sequence, failure);
        }
    }

    /** Not sent because an earlier record of its subject in the batch was refused. */
    void holdBack(long sequence) {
        heldBack.add(sequence);
    }

    List<Long> heldBack() {
        return heldBack;
    }

    List<Long> acknowledged() {
        return acknowledged;
    }

    Failures unreached() {
        return unreached;
    }

    Failures refused() {
        return refused;
    }

    int failed() {
        return unreached.sequences.size() + refused.sequences.size();
    }

    String firstError() {
        return refused.firstError != null ? refused.firstError : unreached.firstError;
    }

    private static boolean isRefusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetriableException || cause instanceof TimeoutException || isProducerStateLost(cause)
                    || cause instanceof BrokerNotAvailableException) {
                return false;
            }
        }
        return true;
    }

    /**
     * The idempotent producer lost track of its own sequence, as after a partition's leader moved or a batch expired
     * while brokers were down; it resets itself, and the same record is accepted when sent again. Kafka does not call
     * these retriable because it cannot resend without risking a copy, which the consumers' inbox makes harmless.
     */
    private static boolean isProducerStateLost(Throwable cause) {
        return cause instanceof OutOfOrderSequenceException || cause instanceof InvalidProducerEpochException
                || cause instanceof InvalidPidMappingException;
    }

    static final class Failures {

        private final List<Long> sequences = new ArrayList<>();
        private String firstError;

        private void add(long sequence, Throwable failure) {
            sequences.add(sequence);
            if (firstError == null) {
                firstError = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            }
        }

        List<Long> sequences() {
            return sequences;
        }

        String firstError() {
            return firstError;
        }
    }
}
