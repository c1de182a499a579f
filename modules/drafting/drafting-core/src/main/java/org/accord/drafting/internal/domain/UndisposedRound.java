package org.accord.drafting.internal.domain;

/**
 * A closed comment round on the standard's latest draft version whose comments are not all disposed of yet.
 *
 * @param title
 *            the round's title, such as "CD 1 comments"; blank for a round without one
 * @param versionLabel
 *            the label of the version it was on, such as "CD 1"
 * @param undisposed
 *            how many of its comments still wait for a disposition; more than zero
 */
public record UndisposedRound(String title, String versionLabel, int undisposed) {
}
