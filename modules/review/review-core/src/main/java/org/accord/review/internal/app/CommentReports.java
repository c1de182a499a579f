package org.accord.review.internal.app;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.platform.i18n.Languages;
import org.accord.platform.i18n.LocalFormats;
import org.accord.platform.i18n.Text;
import org.accord.review.internal.sheets.CommentSheets;
import org.accord.review.internal.sheets.SheetFormat;
import org.accord.review.internal.sheets.SheetHeading;
import org.accord.review.internal.sheets.SheetRow;

/**
 * The disposition-of-comments report of a round as the ISO/IEC commenting template: the comments the viewer may see,
 * withdrawn ones left out, each with its disposition in the observations column. The template's header row stays as ISO
 * writes it, since imports find their columns by it; everything else is in the reader's language, dates in their time
 * zone.
 */
@ApplicationScoped
public class CommentReports {

    public record Report(String fileName, String mediaType, byte[] content) {
    }

    /** Who reads the report: their language and time zone. */
    public record Reader(Locale language, ZoneId zone) {

        /** Reports that leave Accord for other bodies, such as the consensus bundle: English, dates in UTC. */
        static final Reader ENGLISH_UTC = new Reader(Locale.ENGLISH, Languages.UTC);

        String day(Instant at) {
            return LocalFormats.date(at, language, zone);
        }

        String text(Text text) {
            return text.in(language, zone);
        }
    }

    private final RoundQueries queries;

    CommentReports(RoundQueries queries) {
        this.queries = queries;
    }

    @Transactional
    public Report report(UUID roundId, SheetFormat format, Actor viewer, Reader reader) {
        RoundQueries.RoundSummary round = queries.summary(roundId);
        List<SheetRow> rows = queries.comments(roundId, viewer).stream().filter(c -> !c.withdrawn())
                .map(comment -> row(comment, reader)).toList();
        SheetHeading heading = new SheetHeading(reader.text(Text.of("review.sheet_title", round.title())),
                round.reference() + " " + round.versionLabel() + " · " + status(round.closedAt(), round.closesAt(),
                        reader) + " · " + count(rows.size(), reader),
                reader.language());
        String name = (round.reference() + "-" + round.versionLabel() + "-comments").replaceAll("[^A-Za-z0-9-]+",
                "-") + "." + format.extension();
        return new Report(name, format.mediaType(), CommentSheets.write(format, heading, rows));
    }

    /** "closed 1 Dec 2026" once closed, "closes 1 Dec 2026" before, in the reader's language. */
    static String status(Instant closedAt, Instant closesAt, Reader reader) {
        return reader.text(closedAt != null
                ? Text.of("review.sheet_closed", reader.day(closedAt))
                : Text.of("review.sheet_closes", reader.day(closesAt)));
    }

    /** "1 comment", "37 comments". */
    static String count(int comments, Reader reader) {
        return reader.text(comments == 1
                ? Text.of("review.sheet_one_comment")
                : Text.of("review.sheet_comments", comments));
    }

    static SheetRow row(RoundQueries.CommentView comment, Reader reader) {
        String mbNc = comment.onBehalfOf() != null
                ? comment.onBehalfOf()
                : reader.text(TemplateWords.sideAndGroup(comment.side(), comment.groupCode()));
        String text = comment.hidden() && comment.text() == null
                ? reader.text(Text.of("review.sheet_tombstone", reader.day(comment.hiddenAt()),
                        comment.hiddenReason()))
                : comment.text();
        return new SheetRow(0, mbNc, comment.lineNumber() == null ? "" : comment.lineNumber().toString(),
                comment.clauseNumber() == null ? reader.text(TemplateWords.general()) : comment.clauseNumber(),
                nonNull(comment.element()), comment.type(), text, nonNull(comment.proposedChange()),
                observations(comment.disposition(), reader));
    }

    private static String observations(RoundQueries.DispositionView disposition, Reader reader) {
        if (disposition == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(reader.text(Text.of("review.sheet_decision",
                TemplateWords.decision(disposition.decision()))));
        if (disposition.modification() != null) {
            text.append('\n').append(reader.text(Text.of("review.sheet_modification", disposition.modification())));
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
