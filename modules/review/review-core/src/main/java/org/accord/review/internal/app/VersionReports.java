package org.accord.review.internal.app;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.platform.i18n.Text;
import org.accord.review.api.query.ReviewQueries.DispositionReport;
import org.accord.review.internal.persistence.DraftVersionEntity;
import org.accord.review.internal.persistence.ReviewRepositories;
import org.accord.review.internal.persistence.RoundEntity;
import org.accord.review.internal.persistence.StandardEntity;
import org.accord.review.internal.sheets.CommentSheets;
import org.accord.review.internal.sheets.SheetFormat;
import org.accord.review.internal.sheets.SheetHeading;
import org.accord.review.internal.sheets.SheetRow;

/**
 * The disposition of comments on a draft version, across its rounds, as every member sees it: read as the round pages
 * read a round, withdrawn comments left out, hidden ones as tombstones. It travels in the consensus bundle to bodies
 * outside Accord, so its template is in English with dates in UTC.
 */
@ApplicationScoped
@Transactional
public class VersionReports {

    private static final CommentReports.Reader ENGLISH = CommentReports.Reader.ENGLISH_UTC;

    private record RoundComments(RoundEntity round, List<RoundQueries.CommentView> comments) {
    }

    private final RoundQueries queries;
    private final ReviewRepositories.Rounds rounds;
    private final ReviewRepositories.DraftVersions versions;
    private final ReviewRepositories.Standards standards;

    VersionReports(RoundQueries queries, ReviewRepositories.Rounds rounds, ReviewRepositories.DraftVersions versions,
            ReviewRepositories.Standards standards) {
        this.queries = queries;
        this.rounds = rounds;
        this.versions = versions;
        this.standards = standards;
    }

    public DispositionReport report(UUID draftVersionId) {
        return new DispositionReport(draftVersionId, shown(draftVersionId).stream().map(VersionReports::round)
                .toList());
    }

    /** The report in the commenting template as DOCX, every round's comments in one table. */
    public byte[] sheet(UUID draftVersionId) {
        List<RoundComments> shown = shown(draftVersionId);
        List<SheetRow> rows = shown.stream().flatMap(round -> round.comments().stream())
                .map(comment -> CommentReports.row(comment, ENGLISH)).toList();
        return CommentSheets.write(SheetFormat.DOCX, heading(draftVersionId, shown, rows.size()), rows);
    }

    private List<RoundComments> shown(UUID draftVersionId) {
        Actor everyone = Actor.anyMember();
        return rounds.onVersion(draftVersionId).stream().map(round -> new RoundComments(round,
                queries.comments(round.id, everyone).stream().filter(comment -> !comment.withdrawn()).toList()))
                .toList();
    }

    private SheetHeading heading(UUID draftVersionId, List<RoundComments> shown, int comments) {
        DraftVersionEntity version = versions.findById(draftVersionId);
        StandardEntity standard = version == null ? null : standards.findById(version.standardId);
        String name = version == null
                ? draftVersionId.toString()
                : (standard == null ? "" : standard.reference + " ") + version.label;
        String roundsLine = shown.isEmpty()
                ? ENGLISH.text(Text.of("review.sheet_no_rounds"))
                : shown.stream().map(RoundComments::round).map(round -> round.title + " ("
                        + CommentReports.status(round.closedAt, round.closesAt, ENGLISH) + ")")
                        .collect(Collectors.joining("; "));
        return new SheetHeading(ENGLISH.text(Text.of("review.sheet_title", name)), roundsLine + " · "
                + CommentReports.count(comments, ENGLISH), ENGLISH.language());
    }

    private static DispositionReport.Round round(RoundComments shown) {
        RoundEntity round = shown.round();
        return new DispositionReport.Round(round.id, round.title, round.status.name(), round.openedAt,
                round.closesAt, round.closedAt, shown.comments().stream().map(VersionReports::comment).toList());
    }

    private static DispositionReport.Comment comment(RoundQueries.CommentView comment) {
        return new DispositionReport.Comment(comment.id(), "#" + comment.number(), comment.clauseId(),
                comment.clauseNumber(), comment.lineNumber(), comment.element(), comment.type(),
                comment.authorName(), comment.side(), comment.groupCode(), comment.onBehalfOf(), comment.text(),
                comment.proposedChange(),
                comment.hidden() ? new DispositionReport.Tombstone(comment.hiddenAt(), comment.hiddenReason()) : null,
                comment.disposition() == null ? null : disposition(comment.disposition()),
                comment.response() == null
                        ? null
                        : new DispositionReport.Response(comment.response().satisfied(), comment.response().reason(),
                                comment.response().at()));
    }

    private static DispositionReport.Disposition disposition(RoundQueries.DispositionView disposition) {
        return new DispositionReport.Disposition(disposition.id(), disposition.decision(),
                disposition.modification(), disposition.observations(), disposition.decidedBy(),
                disposition.decidedAt(), disposition.answers().stream().map(number -> "#" + number).toList(),
                disposition.revisions().stream().map(revision -> new DispositionReport.Revision(
                        revision.revisionId(), revision.clauseId(), revision.heading())).toList());
    }
}
