package org.accord.drafting.internal.domain;

import java.util.UUID;

/**
 * One line of a version comparison. The redlines are HTML from {@link WordDiff}: for an added clause all of it is
 * inserted, for a removed clause all of it is deleted, and for a clause that only moved they show its escaped text.
 *
 * @param fromNumber
 *            null for an added clause
 * @param toNumber
 *            null for a removed clause
 * @param heading
 *            the newer heading, or the last one of a removed clause
 */
public record ClauseChange(UUID clauseId, ChangeType type, String fromNumber, String toNumber, String heading,
        String headingRedline, String textRedline) {
}
