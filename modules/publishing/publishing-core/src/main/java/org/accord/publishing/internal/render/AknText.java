package org.accord.publishing.internal.render;

import java.util.List;
import javax.xml.XMLConstants;

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
 * Clause text in Markdown as Akoma Ntoso blocks: paragraphs as {@code p}, emphasis as {@code i}, strong emphasis as
 * {@code b}, code as {@code inline[@name="code"]}, links as {@code a}, lists as {@code ul} and {@code ol}, block quotes
 * as {@code blockContainer[@class="quote"]} and code blocks as {@code p[@class="code"]} keeping their spaces. A
 * Markdown heading is a paragraph.
 * <p>
 * Lists and block containers get eIds below their clause's, numbered in order: {@code sec_c-…__list_2}.
 */
final class AknText {

    private final XmlOutput out;
    private final String owner;
    private int lists;
    private int containers;

    /**
     * @param owner
     *            the eId of the element the text belongs to
     */
    AknText(XmlOutput out, String owner) {
        this.out = out;
        this.owner = owner;
    }

    void blocks(String markdown) {
        ClauseMarkdown.blocks(markdown).forEach(this::block);
    }

    private void block(Node block) {
        switch (block) {
            case Paragraph paragraph -> paragraph(paragraph);
            case Heading heading -> paragraph(heading);
            case HtmlBlock html -> out.element("p", ClauseMarkdown.literal(html));
            case ListBlock list -> list(list);
            case BlockQuote quote -> {
                List<Node> quoted = ClauseMarkdown.children(quote).stream().filter(ClauseMarkdown::carriesText)
                        .toList();
                // A block container must hold a block, and an empty quote says nothing.
                if (!quoted.isEmpty()) {
                    out.start("blockContainer").attribute("eId", owner + "__blockcontainer_" + ++containers)
                            .attribute("class", "quote");
                    quoted.forEach(this::block);
                    out.end();
                }
            }
            default -> {
                if (ClauseMarkdown.isCode(block)) {
                    code(block);
                }
            }
        }
    }

    private void paragraph(Node paragraph) {
        out.start("p");
        inlines(paragraph);
        out.end();
    }

    private void code(Node block) {
        out.start("p").attribute("class", "code")
                .attribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "space", "preserve")
                .text(ClauseMarkdown.code(block)).end();
    }

    private void list(ListBlock list) {
        out.start(list instanceof BulletList ? "ul" : "ol").attribute("eId", owner + "__list_" + ++lists);
        int start = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber()
                : 1;
        int number = start;
        for (Node item : ClauseMarkdown.children(list)) {
            out.start("li");
            // A list that continues an earlier one keeps its numbers, which the text may refer to.
            if (start != 1) {
                out.attribute("value", String.valueOf(number));
            }
            ClauseMarkdown.children(item).forEach(this::listItemBlock);
            out.end();
            number++;
        }
        out.end();
    }

    /** A list item holds paragraphs and lists only: a quote inside one gives its blocks, code a paragraph. */
    private void listItemBlock(Node block) {
        if (block instanceof BlockQuote quote) {
            ClauseMarkdown.children(quote).forEach(this::listItemBlock);
        } else {
            block(block);
        }
    }

    private void inlines(Node parent) {
        for (Node node : ClauseMarkdown.children(parent)) {
            switch (node) {
                case Emphasis emphasis -> wrapped(emphasis, "i");
                case StrongEmphasis strong -> wrapped(strong, "b");
                case Code code -> out.start("inline").attribute("name", "code").text(code.getLiteral()).end();
                case HardLineBreak ignored -> out.empty("br");
                case Link link when ClauseMarkdown.isLinkable(link.getDestination()) -> {
                    out.start("a").attribute("href", link.getDestination());
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

    private void wrapped(Node node, String element) {
        out.start(element);
        inlines(node);
        out.end();
    }
}
