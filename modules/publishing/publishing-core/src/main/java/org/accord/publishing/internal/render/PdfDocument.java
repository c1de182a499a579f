package org.accord.publishing.internal.render;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.accord.publishing.internal.document.StandardDocument;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

/**
 * The archival PDF of a version: the print layout of the HTML template, rendered as PDF/A-3a and PDF/UA-1 with embedded
 * fonts, a title page, contents with page numbers, bookmarks and a running header, and with the version's NISO STS XML
 * embedded as the file it was made from.
 */
@ApplicationScoped
public class PdfDocument implements Renderer {

    /** PDF/A needs an output intent naming the colour space that the page colours are in. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final Function<StandardDocument, byte[]> source;

    /**
     * @param source
     *            renders the NISO STS XML that is embedded as the PDF's source
     */
    public PdfDocument(Renderer source) {
        if (source.format() != ExportFormat.STS) {
            throw new IllegalArgumentException("The PDF's source is NISO STS, not " + source.format());
        }
        this.source = source::render;
    }

    @Inject
    PdfDocument(StsXml source) {
        this((Renderer) source);
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    @Override
    public byte[] render(StandardDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(document, out);
        return out.toByteArray();
    }

    /** Writes the PDF to {@code out} rather than returning it, for versions too large to hold twice. */
    public void render(StandardDocument document, OutputStream out) {
        byte[] sts = source.apply(document);
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().usePDDocument(pdf)
                    .usePdfAConformance(PdfAConformance.PDFA_3_A).usePdfUaAccessibility(true).useColorProfile(SRGB)
                    .withProducer(ArchivalMetadata.PRODUCER)
                    // The template links only within itself; nothing is to be fetched while rendering.
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .withHtmlContent(DocumentTemplate.render(document, true), null);
            PdfFonts.register(builder, pdf);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFKeepOpen();
                LinkDescriptions.complete(pdf);
                ArchivalMetadata.apply(pdf, document);
                SourceAttachment.attach(pdf, document, sts);
                pdf.save(out, CompressParameters.DEFAULT_COMPRESSION);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
