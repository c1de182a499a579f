package org.accord.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.common.errors.RetriableException;

/**
 * The broker's answers to one batch. A record the broker could not be reached for (a timeout, a lost connection) is
 * tried again without limit; one it refused (too large, not allowed) would be refused again, so refusals count towards
 * parking.
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
            if (cause instanceof RetriableException || cause instanceof TimeoutException) {
                return false;
            }
        }
        return true;
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
