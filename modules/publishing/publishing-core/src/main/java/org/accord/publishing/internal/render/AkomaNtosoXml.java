package org.accord.publishing.internal.render;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.publishing.internal.document.ClauseKind;
import org.accord.publishing.internal.document.DocumentClause;
import org.accord.publishing.internal.document.StandardDocument;

/**
 * A version as Akoma Ntoso 3.0 (OASIS LegalDocML): a {@code doc} named "standard" with the FRBR identification of ADR
 * 0023, the title, reference and stage in the preface, the clauses as nested {@code section} elements of
 * {@code mainBody}, notes and examples as {@code hcontainer} named "note" and "example", and each annex as an
 * attachment holding a {@code doc} named "annex".
 * <p>
 * A term is a section whose heading holds the term as {@code def}, its content the definition; every term is listed as
 * a {@code TLCTerm} in the references. Every clause's eId is its anchor behind the naming convention's prefix for the
 * element ({@code sec_}, {@code hcontainer_}, {@code att_}), so links survive renumbering. A clause's notes and
 * examples follow its own text and precede its subclauses. The output is checked against the vendored schema before it
 * is returned: an export that is not valid is never handed out.
 */
@ApplicationScoped
public class AkomaNtosoXml implements Renderer {

    static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static final String SOURCE = "#" + FrbrUris.ACTOR;

    private final XmlSchemas schemas;

    public AkomaNtosoXml(XmlSchemas schemas) {
        this.schemas = schemas;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.AKOMA_NTOSO;
    }

    @Override
    public byte[] render(StandardDocument document) {
        FrbrUris uris = FrbrUris.of(document);
        XmlOutput out = new XmlOutput();
        out.start("akomaNtoso").defaultNamespace(AKN);
        out.start("doc").attribute("name", "standard");
        out.start("meta");
        identification(out, document, uris, FrbrUris.MAIN);
        references(out, document);
        out.end();
        preface(out, document);
        out.start("mainBody");
        if (document.body().isEmpty()) {
            out.empty("p");
        }
        document.body().forEach(clause -> clause(out, clause));
        out.end();
        if (!document.annexes().isEmpty()) {
            out.start("attachments");
            document.annexes().forEach(annex -> attachment(out, document, uris, annex));
            out.end();
        }
        byte[] xml = out.end().end().finish();
        schemas.validate(format(), xml);
        return xml;
    }

    private static void identification(XmlOutput out, StandardDocument document, FrbrUris uris, String component) {
        String date = FrbrUris.frozenDate(document);
        out.start("identification").attribute("source", SOURCE);

        out.start("FRBRWork");
        value(out, "FRBRthis", FrbrUris.component(uris.work(), component));
        value(out, "FRBRuri", uris.work());
        alias(out, "standardId", "urn:uuid:" + document.standardId());
        frbrDateAndAuthor(out, date);
        value(out, "FRBRcountry", FrbrUris.COUNTRY);
        value(out, "FRBRsubtype", FrbrUris.DOCUMENT_TYPE);
        out.empty("FRBRnumber").attribute("value", FrbrUris.slug(document.reference()))
                .attribute("showAs", document.reference());
        out.empty("FRBRname").attribute("value", document.title());
        out.end();

        out.start("FRBRExpression");
        value(out, "FRBRthis", FrbrUris.component(uris.expression(), component));
        value(out, "FRBRuri", uris.expression());
        alias(out, "versionId", "urn:uuid:" + document.versionId());
        alias(out, "contentHash", "sha256:" + document.contentHash());
        frbrDateAndAuthor(out, date);
        value(out, "FRBRversionNumber", document.versionLabel());
        out.empty("FRBRlanguage").attribute("language", FrbrUris.LANGUAGE);
        out.end();

        out.start("FRBRManifestation");
        value(out, "FRBRthis", FrbrUris.component(uris.expression(), component) + ".xml");
        value(out, "FRBRuri", uris.manifestation());
        frbrDateAndAuthor(out, date);
        value(out, "FRBRformat", ExportFormat.AKOMA_NTOSO.mediaType());
        out.end();

        out.end();
    }

    // The canonical document has no date of the standard itself, so every level is dated by the freezing of this
    // version, and the work's IRI carries no date (ADR 0023).
    private static void frbrDateAndAuthor(XmlOutput out, String date) {
        out.empty("FRBRdate").attribute("date", date).attribute("name", "frozen");
        out.empty("FRBRauthor").attribute("href", SOURCE);
    }

    private static void value(XmlOutput out, String element, String value) {
        out.empty(element).attribute("value", value);
    }

    private static void alias(XmlOutput out, String name, String value) {
        out.empty("FRBRalias").attribute("value", value).attribute("name", name);
    }

    private static void references(XmlOutput out, StandardDocument document) {
        out.start("references").attribute("source", SOURCE);
        out.empty("TLCOrganization").attribute("eId", FrbrUris.ACTOR)
                .attribute("href", "/akn/ontology/organizations/" + FrbrUris.ACTOR).attribute("showAs", "Accord");
        for (DocumentClause clause : document.inDocumentOrder()) {
            if (clause.kind() == ClauseKind.TERM) {
                out.empty("TLCTerm").attribute("eId", termId(clause))
                        .attribute("href",
                                "/akn/ontology/terms/" + FrbrUris.ACTOR + "/" + FrbrUris.slug(clause.heading()))
                        .attribute("showAs", clause.heading());
            }
        }
        out.end();
    }

    private static void preface(XmlOutput out, StandardDocument document) {
        out.start("preface");
        out.start("p").attribute("class", "title").element("docTitle", document.title()).end();
        out.start("p").attribute("class", "reference").element("docNumber", document.reference()).text(" ")
                .start("inline").attribute("name", "versionLabel").text(document.versionLabel()).end().end();
        out.start("p").attribute("class", "stage").element("docStage", document.stageName()).end();
        String date = FrbrUris.frozenDate(document);
        out.start("p").attribute("class", "date").start("docDate").attribute("date", date).text(date).end().end();
        if (!document.scope().isBlank()) {
            out.start("p").attribute("class", "scope").element("docPurpose", document.scope()).end();
        }
        out.end();
    }

    private static void clause(XmlOutput out, DocumentClause clause) {
        switch (clause.kind()) {
            case NOTE, EXAMPLE -> annotation(out, clause);
            case TERM -> {
                out.start("section").attribute("eId", eId("sec", clause)).attribute("class", "term");
                numberOf(out, clause);
                out.start("heading").start("def").attribute("refersTo", "#" + termId(clause)).text(clause.heading())
                        .end().end();
                body(out, clause, eId("sec", clause));
                out.end();
            }
            default -> {
                out.start("section").attribute("eId", eId("sec", clause));
                numberAndHeading(out, clause);
                body(out, clause, eId("sec", clause));
                out.end();
            }
        }
    }

    private static void annotation(XmlOutput out, DocumentClause note) {
        String eId = eId("hcontainer", note);
        out.start("hcontainer").attribute("eId", eId).attribute("name",
                note.kind() == ClauseKind.EXAMPLE ? "example" : "note");
        numberAndHeading(out, note);
        body(out, note, eId);
        out.end();
    }

    /**
     * A hierarchical element holds either content or, when it has clauses below it, an intro with its own text and then
     * those clauses: its notes and examples first.
     */
    private static void body(XmlOutput out, DocumentClause clause, String eId) {
        if (clause.children().isEmpty()) {
            out.start("content").attribute("eId", eId + "__content");
            new AknText(out, eId).blocks(clause.text());
            out.end();
            return;
        }
        if (ClauseMarkdown.hasContent(clause.text())) {
            out.start("intro").attribute("eId", eId + "__intro");
            new AknText(out, eId).blocks(clause.text());
            out.end();
        }
        annotations(clause).forEach(child -> annotation(out, child));
        divisions(clause).forEach(child -> clause(out, child));
    }

    private static void attachment(XmlOutput out, StandardDocument document, FrbrUris uris, DocumentClause annex) {
        String eId = eId("att", annex);
        out.start("attachment").attribute("eId", eId);
        numberAndHeading(out, annex);
        out.start("doc").attribute("name", "annex");
        out.start("meta");
        identification(out, document, uris, eId);
        out.end();
        out.start("mainBody");
        if (!ClauseMarkdown.hasContent(annex.text()) && annex.children().isEmpty()) {
            out.empty("p");
        }
        new AknText(out, eId).blocks(annex.text());
        annotations(annex).forEach(child -> annotation(out, child));
        divisions(annex).forEach(child -> clause(out, child));
        out.end();
        out.end().end();
    }

    private static void numberOf(XmlOutput out, DocumentClause clause) {
        if (!clause.number().isBlank()) {
            out.element("num", clause.number());
        }
    }

    private static void numberAndHeading(XmlOutput out, DocumentClause clause) {
        numberOf(out, clause);
        if (!clause.heading().isBlank()) {
            out.element("heading", clause.heading());
        }
    }

    private static String eId(String prefix, DocumentClause clause) {
        return prefix + "_" + clause.anchor();
    }

    private static String termId(DocumentClause term) {
        return eId("term", term);
    }

    private static List<DocumentClause> annotations(DocumentClause clause) {
        return clause.children().stream().filter(child -> child.kind().isAnnotation()).toList();
    }

    private static List<DocumentClause> divisions(DocumentClause clause) {
        return clause.children().stream().filter(child -> !child.kind().isAnnotation()).toList();
    }
}
