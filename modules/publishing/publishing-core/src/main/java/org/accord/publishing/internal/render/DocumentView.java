package org.accord.publishing.internal.render;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.accord.platform.text.SafeMarkdown;
import org.accord.publishing.internal.document.ClauseKind;
import org.accord.publishing.internal.document.DocumentClause;
import org.accord.publishing.internal.document.StandardDocument;

import io.quarkus.qute.RawString;

/**
 * What the document template shows of a version: its title block, contents and clauses, with every clause text already
 * turned into safe HTML. Built once per rendering; the template only lays it out.
 *
 * @param print
 *            whether the template lays out pages for the PDF (running header, page numbers, bookmarks) rather than a
 *            standalone web page
 */
record DocumentView(boolean print, String reference, String title, String scope, String stageName,
        String versionLabel, String designation, String frozenDate, String frozenAt, String contentHash,
        List<TocEntry> contents, List<ClauseView> body, List<ClauseView> annexes) {

    /** The contents list names the top two levels; deeper clauses are reached through their parents and bookmarks. */
    private static final int CONTENTS_DEPTH = 2;
    /** h1 is the document title, so top-level clauses are h2 and anything deeper than h6 stays h6. */
    private static final int TOP_HEADING = 2;
    private static final int LAST_HEADING = 6;

    static DocumentView of(StandardDocument document, boolean print) {
        return new DocumentView(print, document.reference(), document.title(), document.scope(),
                document.stageName(), document.versionLabel(), document.designation(),
                DateTimeFormatter.ISO_LOCAL_DATE.format(document.frozenAt().atOffset(ZoneOffset.UTC)),
                DateTimeFormatter.ISO_INSTANT.format(document.frozenAt()), document.contentHash(),
                contentsOf(document), views(document.body(), 1), views(document.annexes(), 1));
    }

    /** One line of the table of contents. */
    record TocEntry(String anchor, String number, String heading, int depth) {
    }

    /**
     * One clause as the template shows it.
     *
     * @param kind
     *            the clause kind in lower case, used as its class name
     * @param level
     *            the heading level, 2 to 6
     * @param outline
     *            the children that bookmarks lead to
     */
    record ClauseView(String anchor, String number, String heading, String kind, int level, RawString html,
            boolean term, boolean annotation, List<ClauseView> children, List<ClauseView> outline) {
    }

    private static List<ClauseView> views(List<DocumentClause> clauses, int depth) {
        return clauses.stream().map(clause -> view(clause, depth)).toList();
    }

    private static ClauseView view(DocumentClause clause, int depth) {
        List<ClauseView> children = new ArrayList<>();
        List<ClauseView> outline = new ArrayList<>();
        for (DocumentClause child : clause.children()) {
            ClauseView view = view(child, depth + 1);
            children.add(view);
            if (inOutline(child.kind())) {
                outline.add(view);
            }
        }
        return new ClauseView(clause.anchor(), clause.number(), clause.heading(),
                clause.kind().name().toLowerCase(Locale.ROOT), Math.min(TOP_HEADING + depth - 1, LAST_HEADING),
                new RawString(SafeMarkdown.toHtml(clause.text())), clause.kind() == ClauseKind.TERM,
                clause.kind().isAnnotation(), children, outline);
    }

    private static List<TocEntry> contentsOf(StandardDocument document) {
        List<TocEntry> entries = new ArrayList<>();
        document.clauses().forEach(clause -> addContents(clause, 1, entries));
        return entries;
    }

    private static void addContents(DocumentClause clause, int depth, List<TocEntry> into) {
        if (depth > CONTENTS_DEPTH || !inOutline(clause.kind())) {
            return;
        }
        into.add(new TocEntry(clause.anchor(), clause.number(), clause.heading(), depth));
        clause.children().forEach(child -> addContents(child, depth + 1, into));
    }

    /** Notes, examples and terms are content, not divisions one navigates to. */
    private static boolean inOutline(ClauseKind kind) {
        return !kind.isAnnotation() && kind != ClauseKind.TERM;
    }
}
