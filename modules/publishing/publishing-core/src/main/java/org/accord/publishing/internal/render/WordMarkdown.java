package org.accord.publishing.internal.render;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Writes the Markdown text of a clause as Word paragraphs: list items as paragraphs with bullets or numbers, quotes
 * indented, code blocks in a monospace style. Raw HTML stays text, as on every page of Accord.
 */
final class WordMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final int QUOTE_INDENT = 567;

    private final XWPFDocument document;
    private final WordLists lists;

    WordMarkdown(XWPFDocument document) {
        this.document = document;
        this.lists = new WordLists(document);
    }

    /**
     * @param style
     *            the paragraph style of the text
     * @param label
     *            "NOTE 1" or "EXAMPLE 2" to open the first paragraph with, or null
     */
    void write(String markdown, String style, String label) {
        Blocks blocks = new Blocks(style, label);
        PARSER.parse(markdown).accept(blocks);
        if (blocks.label != null) {
            blocks.labelParagraph();
        }
    }

    private record OpenList(BigInteger numbering, int level) {
    }

    private final class Blocks extends AbstractVisitor {

        private final String style;
        private final Deque<OpenList> openLists = new ArrayDeque<>();
        private String label;
        private int quoteDepth;
        private boolean itemStarts;

        Blocks(String style, String label) {
            this.style = style;
            this.label = label;
        }

        @Override
        public void visit(Paragraph paragraph) {
            WordInlines.write(paragraph, newParagraph(style, true), false);
        }

        @Override
        public void visit(Heading heading) {
            WordInlines.write(heading, newParagraph(style, false), true);
        }

        @Override
        public void visit(FencedCodeBlock code) {
            writeLines(code.getLiteral(), WordStyles.CODE_BLOCK);
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            writeLines(code.getLiteral(), WordStyles.CODE_BLOCK);
        }

        @Override
        public void visit(HtmlBlock html) {
            writeLines(html.getLiteral(), style);
        }

        @Override
        public void visit(ThematicBreak thematicBreak) {
            newParagraph(style, false).setBorderBottom(Borders.SINGLE);
        }

        @Override
        public void visit(BlockQuote quote) {
            quoteDepth++;
            visitChildren(quote);
            quoteDepth--;
        }

        @Override
        public void visit(BulletList list) {
            writeItems(list, lists.bullets());
        }

        @Override
        public void visit(OrderedList list) {
            Integer start = list.getMarkerStartNumber();
            writeItems(list, lists.numbered(openLists.size(), start == null ? 1 : start));
        }

        @Override
        public void visit(ListItem item) {
            itemStarts = true;
            visitChildren(item);
            itemStarts = false;
        }

        private void writeItems(Node list, BigInteger numbering) {
            openLists.push(new OpenList(numbering, openLists.size()));
            visitChildren(list);
            openLists.pop();
        }

        private void writeLines(String literal, String lineStyle) {
            XWPFParagraph paragraph = newParagraph(lineStyle, false);
            String[] lines = literal.stripTrailing().split("\n", -1);
            for (int index = 0; index < lines.length; index++) {
                var run = paragraph.createRun();
                if (index > 0) {
                    run.addBreak();
                }
                run.setText(lines[index]);
            }
        }

        /**
         * A paragraph where the text is now: numbered if it starts a list item, indented if it continues one or sits in
         * a quote. The label goes in front of the first paragraph of plain text, or on a line of its own when the text
         * opens with anything else.
         */
        private XWPFParagraph newParagraph(String paragraphStyle, boolean mayTakeLabel) {
            boolean nested = !openLists.isEmpty() || quoteDepth > 0;
            if (label != null && (!mayTakeLabel || nested)) {
                labelParagraph();
            }
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle(paragraphStyle);
            if (label != null) {
                paragraph.createRun().setText(label);
                paragraph.createRun().addTab();
                label = null;
            }
            int indent = quoteDepth * QUOTE_INDENT;
            if (!openLists.isEmpty()) {
                OpenList list = openLists.peek();
                indent += WordLists.indentOf(list.level());
                if (itemStarts) {
                    paragraph.setNumID(list.numbering());
                    paragraph.setNumILvl(BigInteger.valueOf(list.level()));
                    paragraph.setIndentationHanging(WordLists.HANGING);
                    itemStarts = false;
                }
            }
            if (indent > 0) {
                paragraph.setIndentationLeft(indent);
            }
            return paragraph;
        }

        private void labelParagraph() {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle(style);
            paragraph.createRun().setText(label);
            label = null;
        }
    }
}
