package org.accord.publishing.internal.app;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.platform.outbox.Outbox;
import org.accord.publishing.api.PublishingModule;
import org.accord.publishing.api.events.BundleSigned;
import org.accord.publishing.internal.bundle.BundleContent;
import org.accord.publishing.internal.bundle.BundleSubject;
import org.accord.publishing.internal.bundle.BundleWriter;
import org.accord.publishing.internal.bundle.SignedBundle;
import org.accord.publishing.internal.document.StandardDocument;
import org.accord.publishing.internal.persistence.BundleRows;
import org.accord.publishing.internal.persistence.BundleRows.BundleSummary;
import org.accord.publishing.internal.persistence.ReadModelRows;
import org.accord.publishing.internal.render.ExportFormat;
import org.accord.review.api.query.ReviewQueries;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Builds the consensus bundle of a version once per ballot that carried it: every export (rendered now if need be), the
 * ballot's record, the disposition of comments, the decisions, and the signed manifest. Liaisons and administrators
 * only.
 */
@ApplicationScoped
public class Bundles {

    private final BundleEligibility eligibility;
    private final DocumentAssembly assembly;
    private final Exports exports;
    private final BundleRecords records;
    private final ReviewQueries review;
    private final BundleWriter writer;
    private final BundleRows bundles;
    private final Outbox outbox;

    Bundles(BundleEligibility eligibility, DocumentAssembly assembly, Exports exports, BundleRecords records,
            ReviewQueries review, BundleWriter writer, BundleRows bundles, Outbox outbox) {
        this.eligibility = eligibility;
        this.assembly = assembly;
        this.exports = exports;
        this.records = records;
        this.review = review;
        this.writer = writer;
        this.bundles = bundles;
        this.outbox = outbox;
    }

    /** The version's bundle for the ballot that carried it, built and signed now unless it was already. */
    public BundleSummary build(UUID versionId, Actor actor) {
        if (!actor.liaison()) {
            throw RuleViolation.forbidden(null, Text.of("publishing.bundles_for_liaisons"));
        }
        ReadModelRows.Ballot ballot = QuarkusTransaction.requiringNew().call(() -> eligibility
                .carryingBallot(versionId));
        Optional<BundleSummary> built = QuarkusTransaction.requiringNew()
                .call(() -> bundles.of(versionId, ballot.id()));
        if (built.isPresent()) {
            return built.get();
        }
        StandardDocument document = assembly.of(versionId);
        Map<ExportFormat, byte[]> files = new EnumMap<>(ExportFormat.class);
        for (ExportFormat format : ExportFormat.values()) {
            files.put(format, exports.ready(document, format, actor.username()).content());
        }
        BundleContent content = new BundleContent(files, records.ballot(document, ballot),
                records.json(review.dispositionReport(versionId)), review.dispositionSheet(versionId),
                QuarkusTransaction.requiringNew().call(() -> records.decisions(document.standardId())));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        SignedBundle signed = writer.write(BundleSubject.of(document, ballot.id(), now), content);
        BundleSummary summary = new BundleSummary(UUID.randomUUID(), versionId, ballot.id(), signed.manifestSha256(),
                signed.bundleSha256(), signed.keyId(), signed.bytes().length, actor.username(), now);
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!bundles.add(summary, signed.bytes())) {
                return bundles.of(versionId, ballot.id()).orElseThrow();
            }
            outbox.append(PublishingModule.NAME, new BundleSigned(summary.id().toString(),
                    document.standardId().toString(), versionId.toString(), document.versionLabel(),
                    ballot.id().toString(), document.contentHash(), summary.manifestSha256(), summary.sha256(),
                    summary.keyId(), actor.username(), now));
            return summary;
        });
    }

    public byte[] content(UUID bundleId) {
        return QuarkusTransaction.requiringNew().call(() -> bundles.content(bundleId))
                .orElseThrow(() -> Refusals.unknownBundle(bundleId));
    }
}
