package org.accord.transparency.web;

import java.time.Instant;
import java.util.UUID;

import org.accord.transparency.internal.app.LogQueries.SignedHead;

import io.quarkus.qute.TemplateExtension;

/** How the log's pages show a head's time ({@code {head.signedAt}}) and an id in short ({@code {id.brief}}). */
@TemplateExtension
final class LogFormats {

    private static final int BRIEF = 8;

    private LogFormats() {
    }

    static Instant signedAt(SignedHead head) {
        return Instant.ofEpochMilli(head.timestamp());
    }

    static String brief(UUID id) {
        return id.toString().substring(0, BRIEF);
    }
}
