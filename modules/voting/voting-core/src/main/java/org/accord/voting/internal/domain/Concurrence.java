package org.accord.voting.internal.domain;

/**
 * Where else, besides overall, a rule must hold. Observers never form a side of their own; a side or group without
 * eligible voters is skipped.
 */
public enum Concurrence {
    NONE, SIDES, GROUPS, SIDES_AND_GROUPS;

    boolean requiresSides() {
        return this == SIDES || this == SIDES_AND_GROUPS;
    }

    boolean requiresGroups() {
        return this == GROUPS || this == SIDES_AND_GROUPS;
    }
}
