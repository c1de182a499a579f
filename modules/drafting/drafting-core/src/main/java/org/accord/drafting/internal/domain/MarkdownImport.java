package org.accord.drafting.internal.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.accord.platform.errors.RuleViolation;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Turns a Markdown file into a standard: every heading starts a clause, and the clause text is the Markdown written
 * under it, cut from the source rather than rendered again, so the authors' formatting survives as typed.
 */
public final class MarkdownImport {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private MarkdownImport() {
    }

    /**
     * Only headings at the top of the document count: a heading inside a quote, list or code block stays text. Line
     * endings become {@code \n}.
     */
    public static ImportedStandard parse(String markdown) {
        String source = markdown == null ? "" : markdown.replace("\r\n", "\n").replace('\r', '\n');
        List<HeadingBlock> headings = headingsOf(source);
        if (headings.isEmpty()) {
            throw RuleViolation.invalid("markdown", org.accord.platform.i18n.Text.of("drafting.no_headings"));
        }
        boolean opensWithTitle = headings.getFirst().level() == 1
                && headings.stream().filter(heading -> heading.level() == 1).count() == 1;
        if (opensWithTitle) {
            HeadingBlock title = headings.getFirst();
            List<HeadingBlock> clauses = headings.subList(1, headings.size());
            String scope = textBetween(source, title.end(),
                    clauses.isEmpty() ? source.length() : clauses.getFirst().start());
            return new ImportedStandard(title.text(), scope, clausesOf(source, clauses));
        }
        return new ImportedStandard(null, textBetween(source, 0, headings.getFirst().start()),
                clausesOf(source, headings));
    }

    private static List<HeadingBlock> headingsOf(String source) {
        List<HeadingBlock> headings = new ArrayList<>();
        for (Node block = PARSER.parse(source).getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading) {
                List<SourceSpan> spans = heading.getSourceSpans();
                SourceSpan last = spans.getLast();
                headings.add(new HeadingBlock(heading.getLevel(), PlainText.of(heading),
                        spans.getFirst().getInputIndex(), last.getInputIndex() + last.getLength()));
            }
        }
        return headings;
    }

    private static List<ImportedClause> clausesOf(String source, List<HeadingBlock> headings) {
        int topLevel = headings.stream().mapToInt(HeadingBlock::level).min().orElse(1);
        List<ImportedClause> clauses = new ArrayList<>();
        // Levels of the clauses that are still open and may take subclauses; notes and examples never do.
        Deque<Integer> openLevels = new ArrayDeque<>();
        for (int i = 0; i < headings.size(); i++) {
            HeadingBlock heading = headings.get(i);
            int level = heading.level() - topLevel;
            while (!openLevels.isEmpty() && openLevels.peek() >= level) {
                openLevels.pop();
            }
            int depth = openLevels.size();
            HeadingLabel label = HeadingLabel.read(heading.text(), depth);
            if (label.kind().mayContainClauses()) {
                openLevels.push(level);
            }
            int end = i + 1 < headings.size() ? headings.get(i + 1).start() : source.length();
            clauses.add(
                    new ImportedClause(depth, label.kind(), label.heading(), textBetween(source, heading.end(), end)));
        }
        return clauses;
    }

    /** Drops blank lines around the text but keeps the indentation of its first line, which may be a code block. */
    private static String textBetween(String source, int start, int end) {
        String text = source.substring(start, end).stripTrailing();
        int firstContent = 0;
        while (firstContent < text.length() && Character.isWhitespace(text.charAt(firstContent))) {
            firstContent++;
        }
        return text.substring(text.lastIndexOf('\n', firstContent) + 1);
    }

    private record HeadingBlock(int level, String text, int start, int end) {
    }

    /** The words of a heading without Markdown markup, so "4.1 *Open* weights" reads "4.1 Open weights". */
    private static final class PlainText extends AbstractVisitor {

        private final StringBuilder text = new StringBuilder();

        static String of(Heading heading) {
            PlainText visitor = new PlainText();
            heading.accept(visitor);
            return visitor.text.toString().replaceAll("\\s+", " ").strip();
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

        @Override
        public void visit(HardLineBreak node) {
            text.append(' ');
        }
    }
}
