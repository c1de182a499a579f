package org.accord.platform.text;

import java.util.Locale;
import java.util.regex.Pattern;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Renders Markdown written by members (clause texts, comments) as HTML that is safe to put into a page. Raw HTML in the
 * Markdown is shown as text, and the sanitiser after the renderer is the real guard, so a renderer bug cannot let a
 * script through.
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "hr", "a",
                    "table", "thead", "tbody", "tr", "th", "td")
            // The page around the text owns h1 and h2, so Markdown headings move two levels down into h3 to h6.
            .allowElements((name, attributes) -> "h3", "h1")
            .allowElements((name, attributes) -> "h4", "h2")
            .allowElements((name, attributes) -> "h5", "h3")
            .allowElements((name, attributes) -> "h6", "h4", "h5", "h6")
            // A list that continues an earlier one starts at its number, which clause text refers to.
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .allowUrlProtocols("http", "https", "mailto")
            // Relative links would point elsewhere once the text is exported, and the renderer empties unsafe URLs;
            // such links are dropped so that only their words remain.
            .allowAttributes("href").matching(SafeMarkdown::hasAllowedProtocol).onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    private SafeMarkdown() {
    }

    /** Null counts as empty text. */
    public static String toHtml(String markdown) {
        return sanitized(RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)));
    }

    /** The sanitiser alone, so tests can prove it holds even for HTML the renderer would never produce. */
    static String sanitized(String html) {
        return POLICY.sanitize(html);
    }

    private static boolean hasAllowedProtocol(String href) {
        String lower = href.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https:") || lower.startsWith("http:") || lower.startsWith("mailto:");
    }
}
