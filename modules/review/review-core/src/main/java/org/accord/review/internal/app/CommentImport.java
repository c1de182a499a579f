package org.accord.review.internal.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.errors.TextRules;
import org.accord.platform.i18n.RequestLanguage;
import org.accord.platform.i18n.Text;
import org.accord.review.internal.persistence.RoundEntity;
import org.accord.review.internal.sheets.CommentSheets;
import org.accord.review.internal.sheets.SheetFormat;
import org.accord.review.internal.sheets.SheetRow;

/**
 * Comments filled into the commenting template, added to a round all at once or not at all. A member imports their own
 * comments; a moderator may import an external body's, recorded as made on its behalf.
 */
@ApplicationScoped
public class CommentImport {

    /** The side recorded for comments made on behalf of a body outside the working group. */
    static final String EXTERNAL = "EXTERNAL";

    private static final int MOST_PROBLEMS_LISTED = 50;
    private static final Map<String, String> COLUMNS = Map.of("clause", "Clause/Subclause", "lineNumber",
            "Line number", "element", "Paragraph/Figure/Table/Note", "type", "Type of comment", "text", "Comments",
            "proposedChange", "Proposed change");

    private final Commenting commenting;
    private final Participants participants;
    private final ReviewConfig config;

    CommentImport(Commenting commenting, Participants participants, ReviewConfig config) {
        this.commenting = commenting;
        this.participants = participants;
        this.config = config;
    }

    /** The largest file imported, in bytes. */
    public long limit() {
        return config.importLimit();
    }

    /** @return how many comments were added */
    @Transactional
    public int importFile(UUID roundId, String fileName, String contentType, byte[] content, Actor actor,
            String onBehalfOfText) {
        String onBehalfOf = TextRules.plainText("onBehalfOf", Text.of("review.field_on_behalf_of"), onBehalfOfText,
                200, false);
        if (!onBehalfOf.isEmpty() && !actor.moderator()) {
            throw RuleViolation.forbidden("onBehalfOf", Text.of("review.on_behalf_moderators"));
        }
        SheetFormat format = SheetFormat.of(fileName, contentType);
        List<SheetRow> rows = CommentSheets.read(format, content);
        if (rows.isEmpty()) {
            throw RuleViolation.invalid("file", Text.of("review.import_empty"));
        }
        RoundEntity round = commenting.lockedForComments(roundId, LockModeType.PESSIMISTIC_WRITE);
        Participants.Participant importer = participants.active(actor.username());
        Participants.Participant author = onBehalfOf.isEmpty()
                ? importer
                : new Participants.Participant(importer.memberId(), importer.username(), importer.fullName(),
                        EXTERNAL, null);
        Anchors anchors = commenting.anchors(round);
        List<Commenting.Checked> checked = new ArrayList<>();
        List<Text> problems = new ArrayList<>();
        for (SheetRow row : rows) {
            try {
                checked.add(Commenting.check(anchors, draft(row), ""));
            } catch (RuleViolation refused) {
                // A refusal keeps its text to itself; it is read in the language of the request it answers.
                problems.add(Text.of("review.import_problem", String.valueOf(row.row()),
                        COLUMNS.getOrDefault(refused.field(), "Comments"),
                        refused.message(RequestLanguage.current(), RequestLanguage.currentZone())));
            }
        }
        if (!problems.isEmpty()) {
            throw RuleViolation.invalid("file", Text.of("review.import_refused", problems.size(), rows.size(),
                    lines(problems)));
        }
        for (Commenting.Checked comment : checked) {
            commenting.add(round, comment, author, onBehalfOf.isEmpty() ? null : onBehalfOf);
        }
        return checked.size();
    }

    /** The first problems, one a line, and an ellipsis when there are more. */
    private static Text lines(List<Text> problems) {
        Text lines = problems.getFirst();
        for (Text problem : problems.subList(1, Math.min(problems.size(), MOST_PROBLEMS_LISTED))) {
            lines = Text.of("review.lines", lines, problem);
        }
        return problems.size() > MOST_PROBLEMS_LISTED ? Text.of("review.lines", lines, "…") : lines;
    }

    private static Commenting.Draft draft(SheetRow row) {
        return new Commenting.Draft(row.clause(), Commenting.lineNumber(row.line()), row.element(), row.type(),
                row.comment(),
                row.proposedChange());
    }
}
