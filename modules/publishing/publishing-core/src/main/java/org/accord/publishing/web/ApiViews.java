package org.accord.publishing.web;

import java.time.Instant;
import java.util.List;

import org.accord.platform.i18n.RequestLanguage;
import org.accord.platform.i18n.Text;
import org.accord.publishing.internal.app.PublishingQueries;
import org.accord.publishing.internal.bundle.Check;
import org.accord.publishing.internal.bundle.VerificationReport;
import org.accord.publishing.internal.persistence.BundleRows.BundleSummary;

/**
 * What the API sends of versions, exports and verifications: codes, hashes and names as stored, and each explanation
 * for people (why an export failed, why no bundle may be built, what a check found) in the request's language.
 */
final class ApiViews {

    private ApiViews() {
    }

    /** {@code failureCode} and {@code failure} are null unless the rendering failed. */
    record Export(String format, String extension, String status, String sha256, Long size, Instant finishedAt,
            String failureCode, String failure) {

        static Export of(PublishingQueries.ExportView view) {
            return new Export(view.format(), view.extension(), view.status(), view.sha256(), view.size(),
                    view.finishedAt(), view.failure() == null ? null : view.failure().code().name(),
                    view.failure() == null ? null : read(view.failure().text()));
        }
    }

    record Version(PublishingQueries.VersionSummary version, String standardStage, List<Export> exports,
            List<BundleSummary> bundles, String bundleRefusal) {

        static Version of(PublishingQueries.VersionView view) {
            return new Version(view.version(), view.standardStage(), view.exports().stream().map(Export::of)
                    .toList(), view.bundles(), view.bundleRefusal() == null ? null : read(view.bundleRefusal()));
        }
    }

    /** {@code name} is the check's name in every language; {@code message} says what it found. */
    record CheckResult(String name, boolean passed, String message) {

        static CheckResult of(Check check) {
            return new CheckResult(check.name(), check.passed(), read(check.message()));
        }
    }

    record Verification(List<CheckResult> checks) {

        static Verification of(VerificationReport report) {
            return new Verification(report.checks().stream().map(CheckResult::of).toList());
        }
    }

    private static String read(Text text) {
        return text.in(RequestLanguage.current(), RequestLanguage.currentZone());
    }
}
