package org.accord.transparency.internal.policy;

import java.util.List;

import org.accord.publishing.api.events.BundleSigned;
import org.accord.publishing.api.events.ExportGenerated;
import org.accord.publishing.api.events.LiaisonReplyRecorded;
import org.accord.publishing.api.events.LiaisonStatementSent;

import static org.accord.transparency.internal.policy.Decision.notPublished;
import static org.accord.transparency.internal.policy.Decision.publish;

/** Every export and signed bundle by its hashes, and each liaison statement sent to another body. */
final class PublishingDecisions {

    private PublishingDecisions() {
    }

    static List<Decision> all() {
        return List.of(
                publish(ExportGenerated.class, "export.generated", (generated, directory) -> Decision.Draft.of(
                        generated.at(), generated.standardId(),
                        Facts.of().with("exportId", generated.exportId()).with("versionId", generated.versionId())
                                .with("versionLabel", generated.versionLabel()).with("format", generated.format())
                                .with("sha256", generated.sha256()).with("size", generated.size())
                                .with("contentHash", generated.contentHash()).withActor(generated.by(), directory))),
                publish(BundleSigned.class, "bundle.signed", (signed, directory) -> Decision.Draft.of(signed.at(),
                        signed.standardId(),
                        Facts.of().with("bundleId", signed.bundleId()).with("versionId", signed.versionId())
                                .with("versionLabel", signed.versionLabel()).with("ballotId", signed.ballotId())
                                .with("contentHash", signed.contentHash())
                                .with("manifestSha256", signed.manifestSha256())
                                .with("bundleSha256", signed.bundleSha256()).with("keyId", signed.keyId())
                                .withActor(signed.by(), directory))),
                publish(LiaisonStatementSent.class, "liaison.statement_sent", (sent, directory) -> Decision.Draft.of(
                        sent.at(), standardOfAll(sent.bundleIds(), directory),
                        Facts.of().with("statementId", sent.statementId()).with("addressee", sent.addressee())
                                .with("title", sent.title()).with("bundleIds", sent.bundleIds())
                                .with("replyDue", sent.replyDue()).withActor(sent.by(), directory))),
                notPublished(LiaisonReplyRecorded.class, "what another body answered is theirs to publish; the"
                        + " group's decision was the statement"));
    }

    /** The one standard every attached bundle belongs to; none when they are of several, or unknown. */
    private static String standardOfAll(List<String> bundleIds, Directory directory) {
        List<String> standards = bundleIds.stream().map(directory::standardOfBundle)
                .map(standard -> standard.orElse(null)).distinct().toList();
        return standards.size() == 1 ? standards.getFirst() : null;
    }
}
