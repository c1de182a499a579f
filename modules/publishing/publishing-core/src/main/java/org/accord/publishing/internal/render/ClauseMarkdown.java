package org.accord.publishing.internal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Clause texts as CommonMark trees for the XML exports, with the rules every format shares: raw HTML is text, links are
 * kept only to web and mail addresses (as on the site, see {@code SafeMarkdown}), and thematic breaks carry no text.
 */
final class ClauseMarkdown {

    private static final Parser PARSER = Parser.builder().build();

    private ClauseMarkdown() {
    }

    /** The top-level blocks of a clause text, in order. */
    static List<Node> blocks(String markdown) {
        return children(PARSER.parse(markdown));
    }

    static List<Node> children(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        return children;
    }

    /** Whether a text renders anything at all, so that elements which must not be empty get a paragraph. */
    static boolean hasContent(String markdown) {
        return blocks(markdown).stream().anyMatch(ClauseMarkdown::carriesText);
    }

    static boolean carriesText(Node block) {
        return !(block instanceof ThematicBreak || block instanceof LinkReferenceDefinition);
    }

    static boolean isLinkable(String destination) {
        String lower = destination.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https:") || lower.startsWith("http:") || lower.startsWith("mailto:");
    }

    /** The literal of a code block, without the line end that closes its last line. */
    static String code(Node block) {
        String literal = switch (block) {
            case FencedCodeBlock fenced -> fenced.getLiteral();
            case IndentedCodeBlock indented -> indented.getLiteral();
            default -> throw new IllegalArgumentException("not a code block: " + block);
        };
        return literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
    }

    static boolean isCode(Node block) {
        return block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock;
    }

    /**
     * The words of an inline node that has no element of its own in a format: text, raw HTML as it was typed, code as
     * its characters, and a soft line break as the space it reads as.
     */
    static String literal(Node node) {
        return switch (node) {
            case Text text -> text.getLiteral();
            case HtmlInline html -> html.getLiteral();
            case HtmlBlock html -> html.getLiteral().stripTrailing();
            case SoftLineBreak ignored -> " ";
            default -> "";
        };
    }
}
