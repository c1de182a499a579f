package org.accord.drafting.internal.domain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Numbers the lines of a clause's rendered text, so that a comment can cite "line 3 of clause 4.2". A line is a block
 * of the text: a paragraph, a list item, a table row, a heading or a code block; nested list items are lines of their
 * own, while the paragraphs inside a list item belong to its line. Numbers start at 1 in every clause and are written
 * into the HTML as {@code <span class="line-number">n</span>} at the start of the line (in a table row, of its first
 * cell), so screen readers read them and copied text keeps them.
 *
 * <p>
 * The input is HTML as the sanitiser writes it: well-formed, lower-case tags, text and attribute values escaped. Each
 * tag is found by its angle brackets, in one pass over the text.
 */
public final class LineNumbers {

    private static final Set<String> BLOCKS = Set.of("p", "pre", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> EMPTY_ELEMENTS = Set.of("br", "hr", "img", "wbr", "col");

    private LineNumbers() {
    }

    /** The sanitised HTML of one clause with its lines numbered from 1; null counts as empty. */
    public static String of(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        StringBuilder numbered = new StringBuilder(html.length() + 64);
        Deque<String> open = new ArrayDeque<>();
        int line = 0;
        boolean rowWaitsForCell = false;
        int at = 0;
        while (at < html.length()) {
            int start = html.indexOf('<', at);
            if (start < 0) {
                numbered.append(html, at, html.length());
                break;
            }
            int end = html.indexOf('>', start);
            if (end < 0) {
                numbered.append(html, at, html.length());
                break;
            }
            numbered.append(html, at, end + 1);
            at = end + 1;
            boolean closing = html.charAt(start + 1) == '/';
            String name = name(html, closing ? start + 2 : start + 1, end);
            if (closing) {
                while (!open.isEmpty() && !open.pop().equals(name)) {
                    // an element the sanitiser closed implicitly
                }
                continue;
            }
            boolean insideItem = open.contains("li");
            if (!EMPTY_ELEMENTS.contains(name) && html.charAt(end - 1) != '/') {
                open.push(name);
            }
            if (name.equals("li") || BLOCKS.contains(name) && !insideItem) {
                numbered.append(marker(++line));
            } else if (name.equals("tr")) {
                line++;
                rowWaitsForCell = true;
            } else if (rowWaitsForCell && (name.equals("td") || name.equals("th"))) {
                numbered.append(marker(line));
                rowWaitsForCell = false;
            }
        }
        return numbered.toString();
    }

    private static String name(String html, int from, int end) {
        int to = from;
        while (to < end && Character.isLetterOrDigit(html.charAt(to))) {
            to++;
        }
        return html.substring(from, to);
    }

    private static String marker(int line) {
        return "<span class=\"line-number\">" + line + "</span> ";
    }
}
