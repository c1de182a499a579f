package org.accord.voting.web;

import org.accord.platform.i18n.Text;
import org.accord.voting.internal.app.BallotQueries;
import org.accord.voting.internal.app.StatusNames;

import io.quarkus.qute.TemplateExtension;

/**
 * A ballot's status as its pages show it, {@code {ballot.statusName.localized}}; the raw status stays in data-status.
 */
@TemplateExtension
final class BallotTemplates {

    private BallotTemplates() {
    }

    static Text statusName(BallotQueries.BallotSummary ballot) {
        return StatusNames.of(ballot.status());
    }

    static Text statusName(BallotQueries.BallotView ballot) {
        return StatusNames.of(ballot.status());
    }
}
