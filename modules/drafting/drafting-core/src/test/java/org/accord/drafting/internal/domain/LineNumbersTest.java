package org.accord.drafting.internal.domain;

import org.accord.platform.text.SafeMarkdown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import static org.assertj.core.api.Assertions.assertThat;

class LineNumbersTest {

    private static String numbered(String markdown) {
        return LineNumbers.of(SafeMarkdown.toHtml(markdown));
    }

    private static String line(int number) {
        return "<span class=\"line-number\">" + number + "</span> ";
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nothing_hasNoLines(String html) {
        assertThat(LineNumbers.of(html)).isEmpty();
    }

    @Test
    void paragraphs_areNumberedFromOne() {
        assertThat(numbered("First.\n\nSecond **bold**.")).isEqualTo("<p>" + line(1) + "First.</p>\n<p>" + line(2)
                + "Second <strong>bold</strong>.</p>\n");
    }

    @Test
    void listItems_areLinesEachEvenNested_andTheirParagraphsAreNot() {
        String html = numbered("Intro:\n\n- one\n\n  more of one\n- two\n  - two a\n");

        assertThat(html).contains("<p>" + line(1) + "Intro:</p>", "<li>" + line(2) + "\n<p>one</p>\n<p>more of one",
                "<li>" + line(3) + "\n<p>two</p>", "<li>" + line(4) + "two a").doesNotContain(line(5));
    }

    @Test
    void headingsCodeBlocksAndQuotedParagraphs_areLines() {
        String html = numbered("## Part\n\n```\ncode\n```\n\n> quoted\n> still quoted\n\n> another\n");

        assertThat(html).contains("<h4>" + line(1) + "Part</h4>", "<pre>" + line(2) + "<code>code",
                "<blockquote>\n<p>" + line(3) + "quoted", "<p>" + line(4) + "another").doesNotContain(line(5));
    }

    @Test
    void tableRows_areLines_numberedInTheirFirstCell() {
        String html = LineNumbers.of("<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td>"
                + "<td>2</td></tr><tr><td>3</td><td>4</td></tr></tbody></table><p>After</p>");

        assertThat(html).isEqualTo("<table><thead><tr><th>" + line(1) + "A</th><th>B</th></tr></thead><tbody><tr><td>"
                + line(2) + "1</td><td>2</td></tr><tr><td>" + line(3) + "3</td><td>4</td></tr></tbody></table><p>"
                + line(4) + "After</p>");
    }

    @Test
    void lineBreaksAndRules_openNothing() {
        assertThat(numbered("one  \ntwo\n\n---\n\nthree")).isEqualTo("<p>" + line(1) + "one<br />\ntwo</p>\n<hr />\n<p>"
                + line(2) + "three</p>\n");
    }

    @Test
    void escapedMarkup_isTextAndNoLine() {
        assertThat(numbered("a <p>b</p> &lt;li&gt;")).contains(line(1)).doesNotContain(line(2));
    }
}
