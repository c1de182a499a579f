package org.accord.drafting.internal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

/**
 * A redline of two texts at word level, as HTML: unchanged text as is, removed words in {@code <del>}, added words in
 * {@code <ins>}. Every piece is escaped, so the result can be shown without further sanitising.
 */
public final class WordDiff {

    /** A word, a run of whitespace, or any other single character such as a punctuation mark. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+|\\s+|.", Pattern.DOTALL);

    private WordDiff() {
    }

    /** Null counts as empty text. */
    public static String redline(String before, String after) {
        List<AbstractDelta<String>> deltas = DiffUtils.diff(tokens(before), tokens(after), true).getDeltas();
        Redline redline = new Redline();
        for (int i = 0; i < deltas.size(); i++) {
            AbstractDelta<String> delta = deltas.get(i);
            String removed = String.join("", delta.getSource().getLines());
            String added = String.join("", delta.getTarget().getLines());
            if (delta.getType() != DeltaType.EQUAL) {
                redline.change(removed, added);
            } else if (removed.isBlank() && redline.hasPendingReplacement() && replacesNext(deltas, i)) {
                // Swallowing the space between two replaced words reads as one change, not a del/ins per word.
                redline.change(removed, removed);
            } else {
                redline.same(removed);
            }
        }
        return redline.html();
    }

    private static boolean replacesNext(List<AbstractDelta<String>> deltas, int index) {
        return index + 1 < deltas.size() && deltas.get(index + 1).getType() == DeltaType.CHANGE;
    }

    /** Null counts as empty text. */
    public static boolean unchanged(String before, String after) {
        return orEmpty(before).equals(orEmpty(after));
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(orEmpty(text));
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    static String escape(String text) {
        String plain = orEmpty(text);
        StringBuilder escaped = new StringBuilder(plain.length() + 16);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Collects a run of changes until unchanged text follows, so each run becomes one del and one ins. */
    private static final class Redline {

        private final StringBuilder html = new StringBuilder();
        private final StringBuilder removed = new StringBuilder();
        private final StringBuilder added = new StringBuilder();

        void change(String removedText, String addedText) {
            removed.append(removedText);
            added.append(addedText);
        }

        boolean hasPendingReplacement() {
            return !removed.isEmpty() && !added.isEmpty();
        }

        void same(String text) {
            flush();
            html.append(escape(text));
        }

        String html() {
            flush();
            return html.toString();
        }

        private void flush() {
            if (!removed.isEmpty()) {
                html.append("<del>").append(escape(removed.toString())).append("</del>");
            }
            if (!added.isEmpty()) {
                html.append("<ins>").append(escape(added.toString())).append("</ins>");
            }
            removed.setLength(0);
            added.setLength(0);
        }
    }
}
