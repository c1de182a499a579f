package org.accord.publishing.internal.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/** Writes the inline Markdown of one block as the runs of a Word paragraph. */
final class WordInlines extends AbstractVisitor {

    private static final String MONOSPACE = "Courier New";
    /** Links anywhere else, such as {@code javascript:}, stay text, as they do on Accord's pages. */
    private static final Set<String> LINKED_SCHEMES = Set.of("http", "https", "mailto");

    private final XWPFParagraph paragraph;
    private int bold;
    private int italic;

    private WordInlines(XWPFParagraph paragraph, boolean bold) {
        this.paragraph = paragraph;
        this.bold = bold ? 1 : 0;
    }

    static void write(Node block, XWPFParagraph paragraph, boolean bold) {
        new WordInlines(paragraph, bold).visitChildren(block);
    }

    @Override
    public void visit(Text text) {
        addRun(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        addRun(code.getLiteral()).setFontFamily(MONOSPACE);
    }

    @Override
    public void visit(HtmlInline html) {
        addRun(html.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
        addRun(" ");
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
        paragraph.createRun().addBreak();
    }

    @Override
    public void visit(Emphasis emphasis) {
        italic++;
        visitChildren(emphasis);
        italic--;
    }

    @Override
    public void visit(StrongEmphasis strong) {
        bold++;
        visitChildren(strong);
        bold--;
    }

    @Override
    public void visit(Link link) {
        if (!isLinkable(link.getDestination())) {
            visitChildren(link);
            return;
        }
        XWPFHyperlinkRun run = paragraph.createHyperlinkRun(link.getDestination());
        run.setStyle(WordStyles.HYPERLINK);
        format(run, PlainText.of(link));
    }

    private XWPFRun addRun(String text) {
        XWPFRun run = paragraph.createRun();
        format(run, text);
        return run;
    }

    private void format(XWPFRun run, String text) {
        run.setText(text);
        if (bold > 0) {
            run.setBold(true);
        }
        if (italic > 0) {
            run.setItalic(true);
        }
    }

    private static boolean isLinkable(String destination) {
        try {
            String scheme = new URI(destination).getScheme();
            return scheme != null && LINKED_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The words of a link, which becomes one hyperlink run. */
    private static final class PlainText extends AbstractVisitor {

        private final StringBuilder text = new StringBuilder();

        static String of(Node node) {
            PlainText visitor = new PlainText();
            visitor.visitChildren(node);
            return visitor.text.toString();
        }

        @Override
        public void visit(Text node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(Code node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak node) {
            text.append(' ');
        }
    }
}
