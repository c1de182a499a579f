package org.accord.drafting.internal.domain;

/**
 * What the stage rules need to know about a standard's draft versions.
 *
 * @param hasPublishedVersion
 *            at least one draft version has been published
 * @param latestVersionBallotPassed
 *            a ballot on the latest draft version has passed
 */
public record TransitionFacts(boolean hasPublishedVersion, boolean latestVersionBallotPassed) {
}
