package org.accord.publishing.internal.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.accord.publishing.internal.document.ClauseKind;
import org.accord.publishing.internal.document.DocumentClause;
import org.accord.publishing.internal.document.SampleDocuments;
import org.accord.publishing.internal.document.StandardDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.assertj.core.groups.Tuple;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class WordDocumentTest {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final StandardDocument SMALL = SampleDocuments.small();
    private static final StandardDocument GENERATED = SampleDocuments.generated(1000);

    private final WordDocument renderer = new WordDocument();

    @Test
    void small_hasEveryClausesNumberHeadingAndTextInDocumentOrder() {
        assertWordsInOrder(SMALL, read(SMALL));
    }

    @Test
    void generated_hasEveryClausesNumberHeadingAndTextInDocumentOrder() {
        assertWordsInOrder(GENERATED, read(GENERATED));
    }

    @Test
    void headings_startWithTheNumberAndUseTheHeadingStyleOfTheirDepth() {
        for (StandardDocument standard : List.of(SMALL, GENERATED)) {
            List<XWPFParagraph> headings = read(standard).getParagraphs().stream()
                    .filter(paragraph -> Objects.requireNonNullElse(paragraph.getStyle(), "").startsWith("Heading"))
                    .toList();

            assertThat(headings).extracting(XWPFParagraph::getText, XWPFParagraph::getStyle)
                    .containsExactlyElementsOf(expectedHeadings(standard));
        }
    }

    @Test
    void notesAndExamples_useTheirStyles_openingWithTheirLabel() {
        for (StandardDocument standard : List.of(SMALL, GENERATED)) {
            List<XWPFParagraph> annotations = read(standard).getParagraphs().stream()
                    .filter(paragraph -> "Note".equals(paragraph.getStyle()) || "Example".equals(paragraph.getStyle()))
                    .toList();

            assertThat(annotations).extracting(XWPFParagraph::getStyle, paragraph -> paragraph.getText().split("\t")[0])
                    .containsExactlyElementsOf(standard.inDocumentOrder().stream()
                            .filter(clause -> clause.kind().isAnnotation())
                            .map(clause -> tuple(clause.kind() == ClauseKind.NOTE ? "Note" : "Example",
                                    clause.number()))
                            .toList());
        }
    }

    @Test
    void theStylesAreDefinedInTheDocument() {
        XWPFDocument document = read(SMALL);

        assertThat(List.of("Heading1", "Heading2", "Heading3", "Note", "Example", "Term", "CodeBlock", "Title"))
                .allSatisfy(style -> assertThat(document.getStyles().styleExist(style)).isTrue());
        assertThat(document.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
        assertThat(document.getStyles().getStyle("Note").getName()).isEqualTo("Note");
    }

    @Test
    void terms_showNumberAndTermInTheTermStyle_thenTheDefinition() {
        List<XWPFParagraph> paragraphs = read(SMALL).getParagraphs();
        int term = indexOf(paragraphs, "2.1\nopen-source AI system");

        assertThat(paragraphs.get(term).getStyle()).isEqualTo("Term");
        assertThat(paragraphs.get(term + 1).getText()).startsWith("AI system made available");
    }

    @Test
    void titlePage_showsReferenceTitleStageVersionAndDate_thenTheTableOfContents() {
        XWPFDocument document = read(SMALL);

        assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText).startsWith("TAWG 1",
                "Functional definition of open-source AI", "Stage: Consensus draft", "Version: CD 2",
                "Date: 2026-11-02");
        assertThat(instructionsIn(document.getParagraphs())).contains(" TOC \\o \"1-3\" \\h \\z \\u ");
        assertThat(document.isEnforcedUpdateFields()).isTrue();
    }

    @Test
    void everyPage_hasTheDesignationInTheHeader_andThePageOfPagesInTheFooter() {
        XWPFDocument document = read(SMALL);

        assertThat(document.getHeaderList()).singleElement()
                .satisfies(header -> assertThat(header.getText()).contains("TAWG 1", "Consensus draft", "CD 2"));
        assertThat(document.getFooterList()).singleElement().satisfies(footer -> {
            assertThat(footer.getText()).startsWith("Page ").contains(" of ");
            assertThat(instructionsIn(footer.getParagraphs())).containsExactly(" PAGE ", " NUMPAGES ");
        });
    }

    @Test
    void annexes_followTheBody_eachStartingANewPage() {
        List<XWPFParagraph> paragraphs = read(SMALL).getParagraphs();
        int annex = indexOf(paragraphs, "Annex A Training data (informative)");

        assertThat(paragraphs.get(annex).getStyle()).isEqualTo("Heading1");
        assertThat(paragraphs.get(annex).isPageBreak()).isTrue();
        assertThat(annex).isGreaterThan(indexOf(paragraphs, "3.2 Ünïcödé — “quotes” and 中文"));
        assertThat(paragraphs.get(indexOf(paragraphs, "A.1 Provenance")).getStyle()).isEqualTo("Heading2");
    }

    @Test
    void markdown_becomesBoldItalicCodeAndLinkRuns() {
        XWPFDocument document = read(SMALL);
        List<XWPFRun> runs = document.getParagraphs().stream().flatMap(paragraph -> paragraph.getRuns().stream())
                .toList();

        assertThat(runWith(runs, "working group").isBold()).isTrue();
        assertThat(runWith(runs, "open-source AI").isItalic()).isTrue();
        assertThat(runWith(runs, "weights").getFontFamily()).isEqualTo("Courier New");
        assertThat(runWith(runs, "the annex")).isInstanceOfSatisfying(XWPFHyperlinkRun.class,
                link -> assertThat(link.getHyperlink(document).getURL()).isEqualTo("https://example.org/annex"));
        assertThat(runs).extracting(XWPFRun::text).contains("<script>", "</script>");
    }

    @Test
    void markdownBlocks_becomeListQuoteAndCodeParagraphs() {
        List<XWPFParagraph> paragraphs = read(SMALL).getParagraphs();
        XWPFParagraph bullet = paragraphs.get(indexOf(paragraphs, "model weights,"));
        XWPFParagraph numbered = paragraphs.get(indexOf(paragraphs, "first"));

        assertThat(bullet.getNumID()).isNotNull();
        assertThat(numbered.getNumID()).isNotNull().isNotEqualTo(bullet.getNumID());
        assertThat(numbered.getNumFmt()).isEqualTo("decimal");
        assertThat(bullet.getNumFmt()).isEqualTo("bullet");
        assertThat(paragraphs.get(indexOf(paragraphs, "first") + 1).getNumID()).isEqualTo(numbered.getNumID());
        assertThat(
                paragraphs.get(indexOf(paragraphs, "Quoted text with a <script>alert(1)</script> tag shown as text."))
                        .getIndentationLeft())
                .isPositive();
        XWPFParagraph code = paragraphs.get(indexOf(paragraphs, "code block\n  indented"));
        assertThat(code.getStyle()).isEqualTo("CodeBlock");
    }

    @Test
    void coreProperties_nameTheVersionAndItsFreezingTime() {
        var core = read(SMALL).getProperties().getCoreProperties();

        assertThat(core.getTitle()).isEqualTo("Functional definition of open-source AI");
        assertThat(core.getSubject()).isEqualTo("TAWG 1 CD 2");
        assertThat(core.getCreator()).isEqualTo("Accord");
        assertThat(core.getCreated().toInstant()).isEqualTo(SMALL.frozenAt());
        assertThat(core.getModified().toInstant()).isEqualTo(SMALL.frozenAt());
    }

    @Test
    void sameDocument_givesTheSameBytes_withEveryEntryDatedWhenTheVersionWasFrozen() throws IOException {
        byte[] first = renderer.render(SMALL);

        assertThat(renderer.render(SMALL)).isEqualTo(first);
        LocalDateTime frozen = LocalDateTime.ofInstant(SMALL.frozenAt(), ZoneOffset.UTC);
        try (var zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            List<LocalDateTime> times = new ArrayList<>();
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                times.add(entry.getTimeLocal());
            }
            assertThat(times).isNotEmpty().allSatisfy(time -> assertThat(time).isEqualTo(frozen));
        }
    }

    private XWPFDocument read(StandardDocument standard) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(renderer.render(standard)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertWordsInOrder(StandardDocument standard, XWPFDocument document) {
        String text = document.getParagraphs().stream().map(XWPFParagraph::getText)
                .collect(Collectors.joining("\n"));
        List<String> written = words(text);
        int at = 0;
        for (DocumentClause clause : standard.inDocumentOrder()) {
            for (String word : words(
                    clause.number() + " " + clause.heading() + " " + MarkdownWords.of(clause.text()))) {
                int found = written.subList(at, written.size()).indexOf(word);
                assertThat(found).as("'%s' of clause %s after word %d", word, clause.number(), at)
                        .isNotNegative();
                at += found + 1;
            }
        }
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    private static List<Tuple> expectedHeadings(StandardDocument standard) {
        List<Tuple> headings = new ArrayList<>();
        standard.clauses().forEach(clause -> collectHeadings(clause, 1, headings));
        return headings;
    }

    private static void collectHeadings(DocumentClause clause, int level,
            List<Tuple> headings) {
        if (clause.kind().isAnnotation() || clause.kind() == ClauseKind.TERM) {
            return;
        }
        headings.add(tuple(clause.heading().isEmpty() ? clause.number() : clause.number() + " " + clause.heading(),
                "Heading" + level));
        clause.children().forEach(child -> collectHeadings(child, level + 1, headings));
    }

    private static int indexOf(List<XWPFParagraph> paragraphs, String text) {
        for (int index = 0; index < paragraphs.size(); index++) {
            if (paragraphs.get(index).getText().equals(text)) {
                return index;
            }
        }
        throw new AssertionError("No paragraph reads: " + text);
    }

    private static XWPFRun runWith(List<XWPFRun> runs, String text) {
        return runs.stream().filter(run -> text.equals(run.text())).findFirst()
                .orElseThrow(() -> new AssertionError("No run reads: " + text));
    }

    private static List<String> instructionsIn(List<XWPFParagraph> paragraphs) {
        return paragraphs.stream().flatMap(paragraph -> paragraph.getRuns().stream())
                .flatMap(run -> run.getCTR().getInstrTextList().stream()).map(CTText::getStringValue).toList();
    }

    /** The words a reader sees in Markdown: text and code, not link targets or markup. */
    private static final class MarkdownWords extends AbstractVisitor {

        private static final Parser PARSER = Parser.builder().build();
        private final StringBuilder text = new StringBuilder();

        static String of(String markdown) {
            MarkdownWords visitor = new MarkdownWords();
            PARSER.parse(markdown).accept(visitor);
            return visitor.text.toString();
        }

        @Override
        public void visit(Text node) {
            text.append(node.getLiteral()).append(' ');
        }

        @Override
        public void visit(Code node) {
            text.append(node.getLiteral()).append(' ');
        }

        @Override
        public void visit(HtmlInline node) {
            text.append(node.getLiteral()).append(' ');
        }

        @Override
        public void visit(FencedCodeBlock node) {
            text.append(node.getLiteral()).append(' ');
        }
    }
}
