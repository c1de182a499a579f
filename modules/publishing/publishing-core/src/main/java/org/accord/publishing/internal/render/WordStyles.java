package org.accord.publishing.internal.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/** The ids of the styles every exported Word document defines, and the definitions themselves. */
final class WordStyles {

    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String TITLE_DETAIL = "TitleDetail";
    static final String TOC_HEADING = "TOCHeading";
    static final String NOTE = "Note";
    static final String EXAMPLE = "Example";
    static final String TERM = "Term";
    static final String CODE_BLOCK = "CodeBlock";
    static final String HEADER = "Header";
    static final String FOOTER = "Footer";
    static final String HYPERLINK = "Hyperlink";
    static final String NORMAL = "Normal";
    static final int DEEPEST_HEADING = 9;

    private static final String DEFINITIONS = "word-styles.xml";

    private WordStyles() {
    }

    /** "Heading1" for a top-level clause; Word has no heading style below level 9. */
    static String heading(int level) {
        return "Heading" + Math.min(level, DEEPEST_HEADING);
    }

    static void defineIn(XWPFDocument document) {
        try (InputStream definitions = WordStyles.class.getResourceAsStream(DEFINITIONS)) {
            document.createStyles().setStyles(StylesDocument.Factory.parse(definitions).getStyles());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException("The Word styles of exports do not parse", e);
        }
    }
}
