package org.accord.publishing.internal.app;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.publishing.internal.persistence.ReadModelRows;

/**
 * A bundle attests a consensus: only a version that a passed ballot carried to the consensus draft or beyond gets one,
 * and it names that ballot (the latest, when a later ballot on the same text approved it).
 */
@ApplicationScoped
class BundleEligibility {

    private final ReadModelRows rows;

    BundleEligibility(ReadModelRows rows) {
        this.rows = rows;
    }

    /** Call in a transaction. */
    ReadModelRows.Ballot carryingBallot(UUID versionId) {
        ReadModelRows.Version version = rows.version(versionId)
                .orElseThrow(() -> Refusals.unknownVersion(versionId));
        Verdict verdict = verdict(version, rows.standard(version.standardId()).orElseThrow());
        if (verdict.refusal() != null) {
            throw RuleViolation.conflict("versionId", verdict.refusal());
        }
        return verdict.ballot();
    }

    /** Either the ballot a bundle names or why there can be no bundle. Call in a transaction. */
    Verdict verdict(ReadModelRows.Version version, ReadModelRows.Standard standard) {
        if ("WITHDRAWN".equals(standard.stage())) {
            return Verdict.refused(Text.of("publishing.standard_withdrawn", standard.reference()));
        }
        List<ReadModelRows.Ballot> ballots = rows.carryingBallots(version.id());
        if (ballots.isEmpty()) {
            return Verdict.refused(Text.of("publishing.no_consensus", version.label(), standard.reference()));
        }
        return new Verdict(ballots.getFirst(), null);
    }

    record Verdict(ReadModelRows.Ballot ballot, Text refusal) {

        static Verdict refused(Text refusal) {
            return new Verdict(null, refusal);
        }
    }
}
