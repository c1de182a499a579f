package org.accord.publishing.internal.render;

import java.util.List;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;

/**
 * Clause text in Markdown as NISO STS: paragraphs as {@code p}, emphasis as {@code italic}, strong emphasis as
 * {@code bold}, code as {@code monospace}, links as {@code ext-link}, lists as {@code list}, block quotes as
 * {@code disp-quote} and code blocks as {@code preformat}. A Markdown heading is a paragraph.
 */
final class StsText {

    private final XmlOutput out;

    StsText(XmlOutput out) {
        this.out = out;
    }

    /** The text as paragraph-level elements, as sections, notes and annexes hold them. */
    void blocks(String markdown) {
        ClauseMarkdown.blocks(markdown).forEach(this::block);
    }

    /**
     * The text as the content of a TBX definition or note, which holds inline elements, lists and preformatted text but
     * no paragraphs: paragraphs are run together with a line break between them and block quotes lose their frame.
     */
    void inlineBlocks(String markdown) {
        inlineBlocks(ClauseMarkdown.blocks(markdown), false);
    }

    private boolean inlineBlocks(List<Node> blocks, boolean afterText) {
        boolean textBefore = afterText;
        for (Node block : blocks) {
            switch (block) {
                case Paragraph ignored -> textBefore = inlineParagraph(block, textBefore);
                case Heading ignored -> textBefore = inlineParagraph(block, textBefore);
                case HtmlBlock html -> {
                    if (textBefore) {
                        out.empty("break");
                    }
                    out.text(ClauseMarkdown.literal(html));
                    textBefore = true;
                }
                case BlockQuote quote -> textBefore = inlineBlocks(ClauseMarkdown.children(quote), textBefore);
                case ListBlock list -> {
                    list(list);
                    textBefore = false;
                }
                default -> {
                    if (ClauseMarkdown.isCode(block)) {
                        out.element("preformat", ClauseMarkdown.code(block));
                        textBefore = false;
                    }
                }
            }
        }
        return textBefore;
    }

    private boolean inlineParagraph(Node paragraph, boolean textBefore) {
        if (textBefore) {
            out.empty("break");
        }
        inlines(paragraph);
        return true;
    }

    private void block(Node block) {
        switch (block) {
            case Paragraph paragraph -> paragraph(paragraph);
            case Heading heading -> paragraph(heading);
            case HtmlBlock html -> out.element("p", ClauseMarkdown.literal(html));
            case ListBlock list -> list(list);
            case BlockQuote quote -> {
                out.start("disp-quote");
                ClauseMarkdown.children(quote).forEach(this::block);
                out.end();
            }
            default -> {
                if (ClauseMarkdown.isCode(block)) {
                    out.element("preformat", ClauseMarkdown.code(block));
                }
            }
        }
    }

    private void paragraph(Node paragraph) {
        out.start("p");
        inlines(paragraph);
        out.end();
    }

    private void list(ListBlock list) {
        out.start("list").attribute("list-type", list instanceof BulletList ? "bullet" : "order");
        int start = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber()
                : 1;
        int number = start;
        for (Node item : ClauseMarkdown.children(list)) {
            out.start("list-item");
            // A list that continues an earlier one keeps its numbers, which the text may refer to.
            if (start != 1) {
                out.element("label", number + ".");
            }
            listItemContent(item);
            out.end();
            number++;
        }
        out.end();
    }

    /** A list item holds paragraphs and lists only, so other blocks go into a paragraph of their own. */
    private void listItemContent(Node item) {
        List<Node> blocks = ClauseMarkdown.children(item).stream().filter(ClauseMarkdown::carriesText).toList();
        if (blocks.isEmpty()) {
            out.empty("p");
        }
        for (Node block : blocks) {
            if (block instanceof Paragraph || block instanceof ListBlock) {
                block(block);
            } else {
                out.start("p");
                block(block);
                out.end();
            }
        }
    }

    private void inlines(Node parent) {
        for (Node node : ClauseMarkdown.children(parent)) {
            switch (node) {
                case Emphasis emphasis -> wrapped("italic", emphasis);
                case StrongEmphasis strong -> wrapped("bold", strong);
                case Code code -> out.element("monospace", code.getLiteral());
                case HardLineBreak ignored -> out.empty("break");
                case Link link when ClauseMarkdown.isLinkable(link.getDestination()) -> {
                    out.start("ext-link").attribute("xlink", StsXml.XLINK, "href", link.getDestination());
                    inlines(link);
                    out.end();
                }
                default -> {
                    out.text(ClauseMarkdown.literal(node));
                    inlines(node);
                }
            }
        }
    }

    private void wrapped(String element, Node node) {
        out.start(element);
        inlines(node);
        out.end();
    }
}
