package org.accord.publishing.internal.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.Map;

import org.accord.publishing.internal.document.FileNames;
import org.accord.publishing.internal.document.StandardDocument;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Embeds the NISO STS XML of the version in its PDF as the PDF/A-3 associated file the PDF was made from
 * ({@code /AFRelationship /Source}), so the archived file carries its own machine-readable text.
 */
final class SourceAttachment {

    static final String MEDIA_TYPE = "application/xml";

    private SourceAttachment() {
    }

    static String fileName(StandardDocument document) {
        return FileNames.of(document.designation()) + "." + ExportFormat.STS.extension();
    }

    static void attach(PDDocument pdf, StandardDocument document, byte[] sts) throws IOException {
        Calendar date = ArchivalMetadata.dateOf(document);
        PDEmbeddedFile file = new PDEmbeddedFile(pdf, new ByteArrayInputStream(sts), COSName.FLATE_DECODE);
        file.setSubtype(MEDIA_TYPE);
        file.setSize(sts.length);
        file.setCreationDate(date);
        file.setModDate(date);
        file.getCOSObject().getCOSDictionary(COSName.PARAMS).setItem(COSName.CHECK_SUM, new COSString(md5(sts)));

        String name = fileName(document);
        PDComplexFileSpecification specification = new PDComplexFileSpecification();
        specification.setFile(name);
        specification.setFileUnicode(name);
        specification.setEmbeddedFile(file);
        specification.setEmbeddedFileUnicode(file);
        specification.setFileDescription("NISO STS XML of " + document.designation() + ", the source of this PDF");
        specification.getCOSObject().setItem(COSName.AF_RELATIONSHIP, COSName.getPDFName("Source"));

        PDEmbeddedFilesNameTreeNode embeddedFiles = new PDEmbeddedFilesNameTreeNode();
        embeddedFiles.setNames(Map.of(name, specification));
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(embeddedFiles);
        catalog.setNames(names);

        COSArray associated = new COSArray();
        associated.add(specification);
        catalog.getCOSObject().setItem(COSName.AF, associated);
    }

    /** The checksum PDF defines for embedded files. */
    private static byte[] md5(byte[] content) {
        try {
            return MessageDigest.getInstance("MD5").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
