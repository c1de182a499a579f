package org.accord.publishing.internal.app;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.platform.i18n.Text;
import org.accord.publishing.internal.persistence.BundleRows;
import org.accord.publishing.internal.persistence.BundleRows.BundleSummary;
import org.accord.publishing.internal.persistence.ExportRows;
import org.accord.publishing.internal.persistence.ExportRows.ExportState;
import org.accord.publishing.internal.persistence.ReadModelRows;
import org.accord.publishing.internal.render.ExportFormat;

/** What the exports pages and API show of versions, their exports and bundles. */
@ApplicationScoped
public class PublishingQueries {

    /** One format of a version: {@code NOT_REQUESTED} until someone asks for it; why it failed, if it did. */
    public record ExportView(String format, String extension, String status, String sha256, Long size,
            Instant finishedAt, ExportFailure failure) {

        public boolean ready() {
            return "READY".equals(status);
        }
    }

    public record VersionSummary(UUID standardId, String reference, String title, UUID versionId, String label,
            String stage, String contentHash, Instant publishedAt) {
    }

    /** {@code bundleRefusal} says why no bundle may be built, or is null when one may. */
    public record VersionView(VersionSummary version, String standardStage, List<ExportView> exports,
            List<BundleSummary> bundles, Text bundleRefusal) {
    }

    private final ReadModelRows rows;
    private final ExportRows exports;
    private final BundleRows bundles;
    private final BundleEligibility eligibility;

    PublishingQueries(ReadModelRows rows, ExportRows exports, BundleRows bundles, BundleEligibility eligibility) {
        this.rows = rows;
        this.exports = exports;
        this.bundles = bundles;
        this.eligibility = eligibility;
    }

    @Transactional
    public List<VersionSummary> latestVersions(int limit) {
        Map<UUID, ReadModelRows.Standard> standards = new HashMap<>();
        return rows.latestVersions(limit).stream().map(version -> summary(version, standards.computeIfAbsent(
                version.standardId(), id -> rows.standard(id).orElseThrow()))).toList();
    }

    @Transactional
    public VersionView version(UUID versionId) {
        ReadModelRows.Version version = known(versionId);
        ReadModelRows.Standard standard = rows.standard(version.standardId()).orElseThrow();
        Map<String, ExportState> stored = exports.statesOf(versionId).stream()
                .collect(Collectors.toMap(ExportState::format, Function.identity()));
        List<ExportView> views = Arrays.stream(ExportFormat.values()).map(format -> view(format,
                stored.get(format.name()))).toList();
        return new VersionView(summary(version, standard), standard.stage(), views, bundles.ofVersion(versionId),
                eligibility.verdict(version, standard).refusal());
    }

    /** The version's names and hash alone, for pages that show no more of it. */
    @Transactional
    public VersionSummary summary(UUID versionId) {
        return summary(known(versionId));
    }

    @Transactional
    public ExportView export(UUID versionId, ExportFormat format) {
        known(versionId);
        return view(format, exports.state(versionId, format.name()).orElse(null));
    }

    @Transactional
    public BundleSummary bundle(UUID bundleId) {
        return bundles.byId(bundleId).orElseThrow(() -> Refusals.unknownBundle(bundleId));
    }

    @Transactional
    public List<BundleSummary> latestBundles(int limit) {
        return bundles.latest(limit);
    }

    static ExportView view(ExportFormat format, ExportState state) {
        return state == null
                ? new ExportView(format.code(), format.extension(), "NOT_REQUESTED", null, null, null, null)
                : new ExportView(format.code(), format.extension(), state.status(), state.sha256(), state.size(),
                        state.finishedAt(), state.failureCode() == null
                                ? null
                                : new ExportFailure(ExportFailure.Code.valueOf(state.failureCode()),
                                        state.failureParameters()));
    }

    private ReadModelRows.Version known(UUID versionId) {
        return rows.version(versionId).orElseThrow(() -> Refusals.unknownVersion(versionId));
    }

    private VersionSummary summary(ReadModelRows.Version version) {
        return summary(version, rows.standard(version.standardId()).orElseThrow());
    }

    private static VersionSummary summary(ReadModelRows.Version version, ReadModelRows.Standard standard) {
        return new VersionSummary(standard.id(), standard.reference(), standard.title(), version.id(),
                version.label(), version.stage(), version.contentHash(), version.publishedAt());
    }
}
