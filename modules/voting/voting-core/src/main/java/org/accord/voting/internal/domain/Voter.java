package org.accord.voting.internal.domain;

/**
 * An eligible voter as the engine sees them, snapshotted when a ballot opens. A voter of weight 2 counts twice in every
 * tally; {@code group} is null when their stakeholder group is unknown.
 */
public record Voter(String memberId, Side side, String group, int weight) {

    public Voter {
        if (memberId == null || memberId.isBlank()) {
            throw new IllegalArgumentException("A voter needs a non-blank member id");
        }
        if (side == null) {
            throw new IllegalArgumentException("Voter " + memberId + " needs a side");
        }
        if (group != null && group.isBlank()) {
            throw new IllegalArgumentException(
                    "The group of voter " + memberId + " cannot be blank; use null when it is unknown");
        }
        if (weight < 1) {
            throw new IllegalArgumentException(
                    "The weight of voter " + memberId + " must be at least 1, got: " + weight);
        }
    }

    /** A voter of weight 1. */
    public Voter(String memberId, Side side, String group) {
        this(memberId, side, group, 1);
    }
}
