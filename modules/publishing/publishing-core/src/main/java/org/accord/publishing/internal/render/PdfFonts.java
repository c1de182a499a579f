package org.accord.publishing.internal.render;

import java.io.InputStream;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts the PDF is set in, shipped with the application because PDF/A allows only embedded fonts: Noto Sans for
 * text, Noto Sans Mono for code, and Droid Sans Fallback for the Chinese, Japanese and Korean characters Noto Sans
 * lacks. The family names are the ones the template's print styles ask for.
 */
final class PdfFonts {

    private static final String FOLDER = "fonts/";

    private PdfFonts() {
    }

    static void register(PdfRendererBuilder builder) {
        add(builder, "noto-sans/NotoSans-Regular.ttf", "Noto Sans", 400, FontStyle.NORMAL);
        add(builder, "noto-sans/NotoSans-Bold.ttf", "Noto Sans", 700, FontStyle.NORMAL);
        add(builder, "noto-sans/NotoSans-Italic.ttf", "Noto Sans", 400, FontStyle.ITALIC);
        add(builder, "noto-sans/NotoSans-BoldItalic.ttf", "Noto Sans", 700, FontStyle.ITALIC);
        add(builder, "noto-sans/NotoSansMono-Regular.ttf", "Noto Sans Mono", 400, FontStyle.NORMAL);
        add(builder, "droid-sans-fallback/DroidSansFallback.ttf", "Droid Sans Fallback", 400, FontStyle.NORMAL);
    }

    private static void add(PdfRendererBuilder builder, String file, String family, int weight, FontStyle style) {
        // Subsetting keeps a page of Chinese from carrying the whole fallback font.
        builder.useFont(() -> open(file), family, weight, style, true);
    }

    private static InputStream open(String file) {
        InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("The font " + file + " is missing from the application");
        }
        return in;
    }
}
