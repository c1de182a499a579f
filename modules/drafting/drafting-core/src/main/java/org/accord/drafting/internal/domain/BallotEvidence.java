package org.accord.drafting.internal.domain;

import java.time.Instant;

/**
 * What drafting knows of the ballot named to carry a stage change.
 *
 * @param versionLabel
 *            the draft version the ballot was on, such as "CD 2"
 * @param latestVersionLabel
 *            the standard's latest draft version now
 * @param textUnchanged
 *            the standard's current text has the content hash of the version the ballot was on
 * @param carried
 *            the stage change this ballot already carried, or null
 * @param openedAt
 *            when the ballot opened, or null when drafting does not know
 */
public record BallotEvidence(String ballotId, boolean passed, String versionLabel, String latestVersionLabel,
        boolean textUnchanged, Stage carried, Instant openedAt) {

    public boolean onLatestVersion() {
        return versionLabel.equals(latestVersionLabel);
    }
}
