package org.accord.publishing.internal.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts the PDF is set in, shipped with the application because PDF/A allows only embedded fonts: Noto Sans for
 * text, Noto Sans Mono for code, and Droid Sans Fallback for the Chinese, Japanese and Korean characters Noto Sans
 * lacks. The family names are the ones the template's print styles ask for.
 * <p>
 * Each font is embedded as a subset, so that a page of Chinese does not carry the whole fallback font, and is read only
 * when the layout first asks for it. Its glyph substitutions (GSUB) are switched off: for these fonts they only join
 * Latin letters into ligatures, which the text layer does not need, and PDFBox applies them by compiling a pattern for
 * every string it shows, which took more than half of the time a PDF took to render (ADR 0026).
 */
final class PdfFonts {

    private static final String FOLDER = "fonts/";

    private PdfFonts() {
    }

    static void register(PdfRendererBuilder builder, PDDocument pdf) {
        add(builder, pdf, "noto-sans/NotoSans-Regular.ttf", "Noto Sans", 400, FontStyle.NORMAL);
        add(builder, pdf, "noto-sans/NotoSans-Bold.ttf", "Noto Sans", 700, FontStyle.NORMAL);
        add(builder, pdf, "noto-sans/NotoSans-Italic.ttf", "Noto Sans", 400, FontStyle.ITALIC);
        add(builder, pdf, "noto-sans/NotoSans-BoldItalic.ttf", "Noto Sans", 700, FontStyle.ITALIC);
        add(builder, pdf, "noto-sans/NotoSansMono-Regular.ttf", "Noto Sans Mono", 400, FontStyle.NORMAL);
        add(builder, pdf, "droid-sans-fallback/DroidSansFallback.ttf", "Droid Sans Fallback", 400, FontStyle.NORMAL);
    }

    private static void add(PdfRendererBuilder builder, PDDocument pdf, String file, String family, int weight,
            FontStyle style) {
        builder.useFont(new EmbeddedFont(pdf, file), family, weight, style, true);
    }

    /** A font file of the application, loaded into the PDF on first use. */
    private static final class EmbeddedFont extends PDFontSupplier {

        private final PDDocument pdf;
        private final String file;
        private PDFont font;

        EmbeddedFont(PDDocument pdf, String file) {
            super(null);
            this.pdf = pdf;
            this.file = file;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                font = load();
            }
            return font;
        }

        private PDFont load() {
            try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("The font " + file + " is missing from the application");
                }
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
                ttf.setEnableGsub(false);
                pdf.registerTrueTypeFontForClosing(ttf);
                return PDType0Font.load(pdf, ttf, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
