package org.accord.review.internal.app;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.review.internal.sheets.CommentSheets;
import org.accord.review.internal.sheets.SheetFormat;
import org.accord.review.internal.sheets.SheetHeading;
import org.accord.review.internal.sheets.SheetRow;

/**
 * The disposition-of-comments report of a round as the ISO/IEC commenting template: the comments the viewer may see,
 * withdrawn ones left out, each with its disposition in the observations column.
 */
@ApplicationScoped
public class CommentReports {

    public record Report(String fileName, String mediaType, byte[] content) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final RoundQueries queries;

    CommentReports(RoundQueries queries) {
        this.queries = queries;
    }

    @Transactional
    public Report report(UUID roundId, SheetFormat format, Actor viewer) {
        RoundQueries.RoundSummary round = queries.summary(roundId);
        List<SheetRow> rows = queries.comments(roundId, viewer).stream().filter(c -> !c.withdrawn())
                .map(CommentReports::row).toList();
        SheetHeading heading = new SheetHeading("Disposition of comments: " + round.title(),
                round.reference() + " " + round.versionLabel() + " · " + status(round.closedAt(), round.closesAt())
                        + " · " + rows.size() + " comments");
        String name = (round.reference() + "-" + round.versionLabel() + "-comments").replaceAll("[^A-Za-z0-9-]+",
                "-") + "." + format.extension();
        return new Report(name, format.mediaType(), CommentSheets.write(format, heading, rows));
    }

    /** "closed 2026-12-01" once closed, "closes 2026-12-01" before. */
    static String status(Instant closedAt, Instant closesAt) {
        return closedAt != null ? "closed " + DAY.format(closedAt) : "closes " + DAY.format(closesAt);
    }

    static SheetRow row(RoundQueries.CommentView comment) {
        String mbNc = comment.onBehalfOf() != null
                ? comment.onBehalfOf()
                : comment.side() + (comment.groupCode() == null ? "" : " · " + comment.groupCode());
        String text = comment.hidden() && comment.text() == null
                ? "Hidden by a moderator on " + DAY.format(comment.hiddenAt()) + ": " + comment.hiddenReason()
                : comment.text();
        return new SheetRow(0, mbNc, comment.lineNumber() == null ? "" : comment.lineNumber().toString(),
                comment.clauseNumber() == null ? "general" : comment.clauseNumber(), nonNull(comment.element()),
                comment.type(), text, nonNull(comment.proposedChange()), observations(comment.disposition()));
    }

    private static String observations(RoundQueries.DispositionView disposition) {
        if (disposition == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(disposition.label()).append('.');
        if (disposition.modification() != null) {
            text.append("\nModification: ").append(disposition.modification());
        }
        if (disposition.observations() != null) {
            text.append('\n').append(disposition.observations());
        }
        return text.toString();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
