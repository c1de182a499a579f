package org.accord.review.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.review.internal.app.CommentReports;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Downloads of reports and uploads of comment files, the same for pages and API, in the reader's language. */
final class Reports {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";

    record Upload(String fileName, String contentType, byte[] content) {
    }

    private Reports() {
    }

    static Response download(CommentReports.Report report) {
        return Response.ok(report.content(), report.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + report.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /**
     * A file uploaded from a form, refused with 413 (in the uploader's {@code language}) when over {@code limit} bytes.
     */
    static Upload upload(FileUpload file, long limit, Locale language) {
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            throw RuleViolation.invalid("file", Text.of("review.choose_file"));
        }
        refuseOversized(file.size(), limit, language);
        try {
            return new Upload(file.fileName(), file.contentType(), Files.readAllBytes(file.uploadedFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file sent as a request's body; without a name, its media type says what it is. */
    static Upload upload(String fileName, String contentType, byte[] body, long limit, Locale language) {
        if (body == null || body.length == 0) {
            throw RuleViolation.invalid("file", Text.of("review.send_file"));
        }
        refuseOversized(body.length, limit, language);
        return new Upload(fileName == null ? "" : fileName, contentType, body);
    }

    private static void refuseOversized(long size, long limit, Locale language) {
        if (size > limit) {
            // The HTTP layer shows this refusal's message as it is, so it is written in the uploader's language here.
            throw new WebApplicationException(Text.of("review.file_too_large", megabytes(size), megabytes(limit))
                    .in(language), Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
    }

    private static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
