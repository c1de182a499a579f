package org.accord.publishing.internal.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;

import org.accord.publishing.internal.document.StandardDocument;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * The document information, XMP metadata and file identifier of the archival PDF. All of them derive from the version
 * alone, with the version's freezing as the creation and modification date, so rendering a version again gives the same
 * file. PDF/A requires the information dictionary and the XMP to agree, so both are written here from the same values,
 * replacing what the layout engine wrote with the time of rendering.
 */
final class ArchivalMetadata {

    static final String PRODUCER = "Accord (openhtmltopdf, Apache PDFBox)";
    private static final String AUTHOR = "Accord";

    private ArchivalMetadata() {
    }

    static Calendar dateOf(StandardDocument document) {
        return GregorianCalendar.from(document.frozenAt().atZone(ZoneOffset.UTC));
    }

    static void apply(PDDocument pdf, StandardDocument document) {
        String title = title(document);
        String subject = subject(document);
        String keywords = keywords(document);
        Calendar date = dateOf(document);

        PDDocumentInformation information = new PDDocumentInformation();
        information.setTitle(title);
        information.setSubject(subject);
        information.setAuthor(AUTHOR);
        information.setKeywords(keywords);
        information.setCreator(AUTHOR);
        information.setProducer(PRODUCER);
        information.setCreationDate(date);
        information.setModificationDate(date);
        pdf.setDocumentInformation(information);

        String xmp = XMP.formatted(xml(title), xml(AUTHOR), xml(subject), xml(keywords), xml(PRODUCER), xml(AUTHOR),
                xmpDate(document), xmpDate(document), xmpDate(document));
        PDMetadata metadata = new PDMetadata(pdf);
        try {
            metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pdf.getDocumentCatalog().setMetadata(metadata);

        COSString id = new COSString(identifier(document));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        pdf.getDocument().setDocumentID(ids);
    }

    private static String title(StandardDocument document) {
        return document.designation() + " – " + document.title();
    }

    private static String subject(StandardDocument document) {
        return document.designation() + ", " + document.stageName();
    }

    private static String keywords(StandardDocument document) {
        return document.reference() + ", " + document.versionLabel() + ", " + document.stageName();
    }

    private static String xmpDate(StandardDocument document) {
        return DateTimeFormatter.ISO_INSTANT.format(document.frozenAt());
    }

    /** Both halves of the file identifier are the same, as for a file never changed after it was written. */
    private static byte[] identifier(StandardDocument document) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    ("accord-pdf:" + document.versionId() + ":" + document.contentHash())
                            .getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * PDF/A allows only XMP properties it predefines or that an extension schema describes; the PDF/UA identification
     * is not predefined, hence its description.
     */
    private static final String XMP = """
            <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about=""
                xmlns:dc="http://purl.org/dc/elements/1.1/"
                xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
                xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
                xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
                xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
                xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
              <dc:format>application/pdf</dc:format>
              <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
              <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
              <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
              <dc:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></dc:language>
              <pdf:Keywords>%s</pdf:Keywords>
              <pdf:Producer>%s</pdf:Producer>
              <xmp:CreatorTool>%s</xmp:CreatorTool>
              <xmp:CreateDate>%s</xmp:CreateDate>
              <xmp:ModifyDate>%s</xmp:ModifyDate>
              <xmp:MetadataDate>%s</xmp:MetadataDate>
              <pdfaid:part>3</pdfaid:part>
              <pdfaid:conformance>A</pdfaid:conformance>
              <pdfuaid:part>1</pdfuaid:part>
              <pdfaExtension:schemas>
                <rdf:Bag>
                  <rdf:li rdf:parseType="Resource">
                    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                    <pdfaSchema:property>
                      <rdf:Seq>
                        <rdf:li rdf:parseType="Resource">
                          <pdfaProperty:name>part</pdfaProperty:name>
                          <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                          <pdfaProperty:category>internal</pdfaProperty:category>
                          <pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>
                        </rdf:li>
                      </rdf:Seq>
                    </pdfaSchema:property>
                  </rdf:li>
                </rdf:Bag>
              </pdfaExtension:schemas>
            </rdf:Description>
            </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """;
}
