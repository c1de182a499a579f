package org.accord.platform.text;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SafeMarkdownTest {

    private static final Set<String> ALLOWED_TAGS = Set.of("p", "br", "em", "strong", "code", "pre", "blockquote",
            "ul", "ol", "li", "h3", "h4", "h5", "h6", "hr", "a", "table", "thead", "tbody", "tr", "th", "td");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");
    private static final Pattern SAFE_HREF = Pattern.compile("(?:https?:|mailto:)[^\\s]*");

    /** Every tag is an allowed one and carries only harmless attributes; anything else must have become text. */
    private static void assertInert(String html) {
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            assertThat(ALLOWED_TAGS).contains(tag.group(2));
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                assertThat(attribute.group(1)).isIn("href", "rel", "start");
                if (attribute.group(1).equals("href")) {
                    assertThat(attribute.group(2)).matches(SAFE_HREF);
                }
            }
            assertThat(tag.group(3).replaceAll(ATTRIBUTE.pattern(), "")).matches("\\s*/?");
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    void toHtml_ofNothing_isEmpty(String markdown) {
        assertThat(SafeMarkdown.toHtml(markdown)).isEmpty();
    }

    @Test
    void toHtml_rendersInlineFormatting() {
        assertThat(SafeMarkdown.toHtml("Weights *must* be **open**, see `config`.").strip())
                .isEqualTo("<p>Weights <em>must</em> be <strong>open</strong>, see <code>config</code>.</p>");
    }

    @Test
    void toHtml_rendersBlocks() {
        String html = SafeMarkdown.toHtml("> quoted\n\n- a\n- b\n\n3. three\n4. four\n\n---\n\n```\nx < y\n```\n\n"
                + "line  \nbreak");

        assertThat(html).contains("<blockquote>", "<ul><li>a</li><li>b</li></ul>",
                "<ol start=\"3\"><li>three</li><li>four</li></ol>", "<hr />", "<pre><code>x &lt; y\n</code></pre>",
                "line<br />");
    }

    @Test
    void toHtml_headings_moveTwoLevelsDownIntoH3ToH6() {
        String html = SafeMarkdown.toHtml("# One\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five\n\n###### Six");

        assertThat(html.strip()).isEqualTo("<h3>One</h3>\n<h4>Two</h4>\n<h5>Three</h5>\n<h6>Four</h6>\n"
                + "<h6>Five</h6>\n<h6>Six</h6>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a?b=1", "http://example.org", "mailto:chair@example.org"})
    void toHtml_linkWithAllowedProtocol_keepsItWithNofollowNoopener(String url) {
        String html = SafeMarkdown.toHtml("[the link](" + url + ")");

        assertThat(html).contains("<a href=\"", "rel=\"nofollow noopener\"", ">the link</a>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/standards/1#c2", "#c2", "clause-2", "//example.org/x", "ftp://example.org/x"})
    void toHtml_linkWithoutHttpHttpsOrMailto_keepsOnlyItsText(String url) {
        assertThat(SafeMarkdown.toHtml("[clause](" + url + ")").strip()).isEqualTo("<p>clause</p>");
    }

    @Test
    void toHtml_rawScript_isShownAsText() {
        String html = SafeMarkdown.toHtml("<script>alert(1)</script>");

        assertInert(html);
        assertThat(html.strip()).isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<style>p { display: none }</style>",
            "a <span onclick=\"steal()\">b</span>",
            "<svg onload=alert(1)>",
            "<p style=\"background:url(javascript:alert(1))\">x</p>"})
    void toHtml_rawHtml_isInert(String markdown) {
        String html = SafeMarkdown.toHtml(markdown);

        assertInert(html);
        assertThat(html).startsWith("<p>").doesNotContain("<a", "<img", "<svg", "<p style", "<span");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "vbscript:msgbox(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "java%0ascript:alert(1)"})
    void toHtml_linkWithUnsafeProtocol_keepsOnlyItsText(String url) {
        String html = SafeMarkdown.toHtml("[click me](" + url + ")");

        assertInert(html);
        assertThat(html.strip()).isEqualTo("<p>click me</p>");
    }

    @Test
    void toHtml_image_isDropped() {
        String html = SafeMarkdown.toHtml("![chart](https://example.org/chart.png \"Chart\")");

        assertInert(html);
        assertThat(html).doesNotContain("<img", "chart.png");
    }

    @Test
    void toHtml_linkTitle_isDropped() {
        assertThat(SafeMarkdown.toHtml("[x](https://example.org \"Title\")")).doesNotContain("title");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script><p>ok</p>",
            "<img src=x onerror=alert(1)><p>ok</p>",
            "<a href=\"javascript:alert(1)\">ok</a>",
            "<a href=\"JAVASCRIPT:alert(1)\" onclick=\"alert(1)\">ok</a>",
            "<iframe src=\"https://evil.example\"></iframe><p>ok</p>",
            "<style>p{}</style><p style=\"color:red\" onmouseover=\"alert(1)\">ok</p>",
            "<object data=\"x.swf\"></object><embed src=\"x\"><p>ok</p>",
            "<form action=\"https://evil.example\"><input name=\"x\"></form><p>ok</p>"})
    void sanitizer_aloneRemovesDangerousHtml(String html) {
        String sanitized = SafeMarkdown.sanitized(html);

        assertInert(sanitized);
        assertThat(sanitized.toLowerCase()).doesNotContain("<a", "<object", "<embed", "<form", "<input", "alert",
                "javascript", "style").contains("ok");
    }

    @Test
    void sanitizer_keepsTablesAndSafeLinks() {
        String html = "<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>"
                + "<p><a href=\"https://example.org\" target=\"_blank\">x</a></p>";

        assertThat(SafeMarkdown.sanitized(html)).isEqualTo("<table><thead><tr><th>a</th></tr></thead><tbody><tr>"
                + "<td>1</td></tr></tbody></table>"
                + "<p><a href=\"https://example.org\" rel=\"nofollow noopener\">x</a></p>");
    }
}
