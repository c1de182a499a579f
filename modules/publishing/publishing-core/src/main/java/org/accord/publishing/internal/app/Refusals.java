package org.accord.publishing.internal.app;

import java.util.UUID;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;

/** The refusals for things publishing does not know, the same wherever they are looked up. */
final class Refusals {

    private Refusals() {
    }

    static RuleViolation unknownVersion(UUID versionId) {
        return RuleViolation.notFound(Text.of("publishing.unknown_version", versionId.toString()));
    }

    static RuleViolation unknownBundle(UUID bundleId) {
        return RuleViolation.notFound(Text.of("publishing.unknown_bundle", bundleId.toString()));
    }

    static RuleViolation unknownStatement(UUID statementId) {
        return RuleViolation.notFound(Text.of("publishing.unknown_statement", statementId.toString()));
    }
}
