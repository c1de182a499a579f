package org.accord.drafting.internal.domain;

import java.time.Instant;
import java.util.List;

/**
 * What the stage rules need to know about a standard.
 *
 * @param hasPublishedVersion
 *            at least one draft version has been published
 * @param namedBallot
 *            the ballot the person named to carry the step, or null
 * @param ballot
 *            what drafting knows of that ballot on this standard's versions, or null when it knows of no such ballot
 * @param stageSince
 *            when the standard entered its current stage
 * @param undisposedRounds
 *            the closed comment rounds on the latest draft version that still have comments without a disposition
 */
public record TransitionFacts(boolean hasPublishedVersion, String namedBallot, BallotEvidence ballot,
        Instant stageSince, List<UndisposedRound> undisposedRounds) {

    public TransitionFacts {
        undisposedRounds = undisposedRounds == null ? List.of() : List.copyOf(undisposedRounds);
    }
}
