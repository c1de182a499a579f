package org.accord.publishing.internal.render;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.publishing.internal.document.ClauseKind;
import org.accord.publishing.internal.document.DocumentClause;
import org.accord.publishing.internal.document.StandardDocument;

/**
 * A version as NISO STS 1.0 (Interchange tag set): the metadata in {@code front/std-meta}, the clauses as nested
 * {@code sec} elements of {@code body}, terms as {@code term-sec} with a TBX term entry, notes and examples as
 * {@code non-normative-note} and {@code non-normative-example}, and the annexes as {@code app} in {@code back}. Every
 * clause element's {@code id} is the clause's anchor.
 * <p>
 * The schema wants a section's paragraphs before its subsections, so a clause's notes and examples follow its own text
 * and precede its subclauses, the place their clause's text gives them. The output is checked against the vendored
 * schema before it is returned: an export that is not valid is never handed out.
 */
@ApplicationScoped
public class StsXml implements Renderer {

    static final String XLINK = "http://www.w3.org/1999/xlink";
    // The NISO STS 1.0 schemas use the first edition of TBX (ISO 30042:2008).
    static final String TBX = "urn:iso:std:iso:30042:ed-1";
    private static final String LANGUAGE = "en";

    private final XmlSchemas schemas;

    public StsXml(XmlSchemas schemas) {
        this.schemas = schemas;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.STS;
    }

    @Override
    public byte[] render(StandardDocument document) {
        XmlOutput out = new XmlOutput();
        out.start("standard").namespace("tbx", TBX).namespace("xlink", XLINK).attribute("dtd-version", "1.0")
                .lang(LANGUAGE);
        front(out, document);
        out.start("body");
        document.body().forEach(clause -> clause(out, clause));
        out.end();
        if (!document.annexes().isEmpty()) {
            out.start("back").start("app-group");
            document.annexes().forEach(annex -> annex(out, annex));
            out.end().end();
        }
        byte[] xml = out.end().finish();
        schemas.validate(format(), xml);
        return xml;
    }

    private static void front(XmlOutput out, StandardDocument document) {
        String frozen = LocalDate.ofInstant(document.frozenAt(), ZoneOffset.UTC).toString();
        out.start("front").start("std-meta");
        out.start("title-wrap").lang(LANGUAGE).element("full", document.title()).end();
        out.element("release-version", document.stageName());
        out.start("std-ident").element("doc-number", document.reference())
                .element("version", document.versionLabel()).end();
        out.element("content-language", LANGUAGE);
        // The designation pins this version as a dated reference pins an edition; the reference alone is undated.
        out.start("std-ref").attribute("type", "dated").text(document.designation()).end();
        out.start("std-ref").attribute("type", "undated").text(document.reference()).end();
        out.start("release-date").attribute("date-type", "frozen").attribute("iso-8601-date", frozen).text(frozen)
                .end();
        if (!document.scope().isBlank()) {
            out.start("abstract").element("p", document.scope()).end();
        }
        out.start("custom-meta-group");
        customMeta(out, "standard-id", document.standardId().toString());
        customMeta(out, "version-id", document.versionId().toString());
        customMeta(out, "content-hash-sha256", document.contentHash());
        out.end();
        out.end().end();
    }

    private static void customMeta(XmlOutput out, String name, String value) {
        out.start("custom-meta").element("meta-name", name).element("meta-value", value).end();
    }

    private static void clause(XmlOutput out, DocumentClause clause) {
        switch (clause.kind()) {
            case TERM -> term(out, clause);
            case NOTE, EXAMPLE -> annotation(out, clause);
            default -> {
                out.start("sec").attribute("id", clause.anchor());
                numberAndHeading(out, clause);
                contents(out, clause);
                out.end();
            }
        }
    }

    private static void annex(XmlOutput out, DocumentClause annex) {
        out.start("app").attribute("id", annex.anchor());
        numberAndHeading(out, annex);
        contents(out, annex);
        out.end();
    }

    /** The clause's text, then its notes and examples, then its subclauses. */
    private static void contents(XmlOutput out, DocumentClause clause) {
        new StsText(out).blocks(clause.text());
        annotations(clause).forEach(child -> annotation(out, child));
        divisions(clause).forEach(child -> clause(out, child));
    }

    private static void annotation(XmlOutput out, DocumentClause note) {
        out.start(note.kind() == ClauseKind.EXAMPLE ? "non-normative-example" : "non-normative-note")
                .attribute("id", note.anchor());
        if (!note.number().isBlank()) {
            out.element("label", note.number());
        }
        if (!note.heading().isBlank()) {
            out.element("title", note.heading());
        }
        new StsText(out).blocks(note.text());
        note.children().forEach(child -> annotation(out, child));
        out.end();
    }

    /**
     * A term entry: the heading is the term and the text its definition; the term's notes and examples are TBX notes
     * and examples of the entry. Clauses below a term can only be terms in STS, so they are rendered as such.
     */
    private static void term(XmlOutput out, DocumentClause term) {
        out.start("term-sec").attribute("id", term.anchor());
        if (!term.number().isBlank()) {
            out.element("label", term.number());
        }
        out.start("tbx", "termEntry", TBX).start("tbx", "langSet", TBX).lang(LANGUAGE);
        out.start("tbx", "definition", TBX);
        new StsText(out).inlineBlocks(term.text());
        out.end();
        for (DocumentClause annotation : annotations(term)) {
            out.start("tbx", annotation.kind() == ClauseKind.EXAMPLE ? "example" : "note", TBX).attribute("id",
                    annotation.anchor());
            new StsText(out).inlineBlocks(annotation.text());
            out.end();
        }
        out.start("tbx", "tig", TBX).start("tbx", "term", TBX).text(term.heading()).end().end();
        out.end().end();
        divisions(term).forEach(child -> term(out, child));
        out.end();
    }

    private static void numberAndHeading(XmlOutput out, DocumentClause clause) {
        if (!clause.number().isBlank()) {
            out.element("label", clause.number());
        }
        if (!clause.heading().isBlank() || clause.number().isBlank()) {
            out.element("title", clause.heading());
        }
    }

    private static List<DocumentClause> annotations(DocumentClause clause) {
        return clause.children().stream().filter(child -> child.kind().isAnnotation()).toList();
    }

    private static List<DocumentClause> divisions(DocumentClause clause) {
        return clause.children().stream().filter(child -> !child.kind().isAnnotation()).toList();
    }
}
