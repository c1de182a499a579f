package org.accord.drafting.internal.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

/**
 * A redline of two texts at word level, as HTML: unchanged text as is, removed words in {@code <del>}, added words in
 * {@code <ins>}. Every piece is escaped, so the result can be shown without further sanitising.
 * <p>
 * The texts are first compared sentence by sentence (and line by line), then the words of each changed passage. The
 * work is bounded by {@link DiffWork}: a passage whose exact diff would cost more is shown as deleted and inserted as a
 * whole, less the words its old and new text begin and end with. Either way, dropping the insertions gives back the old
 * text and dropping the deletions the new one.
 */
public final class WordDiff {

    /** A word, a run of whitespace, or any other single character such as a punctuation mark. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+|\\s+|.", Pattern.DOTALL);

    /** A sentence (up to a full stop, question or exclamation mark followed by a space) or the rest of a line. */
    private static final Pattern PASSAGE = Pattern.compile("[^\\n]*?(?:[.!?](?=\\s)|\\n|\\z)");

    private WordDiff() {
    }

    /** Null counts as empty text. */
    public static String redline(String before, String after) {
        return redline(before, after, DiffWork.forTexts(before, after));
    }

    /** Null counts as empty text; the work done is counted in {@code work}. */
    static String redline(String before, String after, DiffWork work) {
        Pieces pieces = new Pieces();
        for (Piece passage : diff(PASSAGE, before, after, work)) {
            if (passage.changed()) {
                diff(TOKEN, passage.removed(), passage.added(), work).forEach(pieces::add);
            } else {
                pieces.add(passage);
            }
        }
        return pieces.html();
    }

    /**
     * The texts cut by {@code pattern}: their common beginning and end (found in linear time) kept, the rest compared
     * piece by piece, or replaced whole once the attempt's share of the work runs out.
     */
    private static List<Piece> diff(Pattern pattern, String before, String after, DiffWork work) {
        Map<String, Integer> ids = new HashMap<>();
        Split oldSplit = Split.of(pattern, before, ids);
        Split newSplit = Split.of(pattern, after, ids);
        int common = Math.min(oldSplit.size(), newSplit.size());
        int start = 0;
        while (start < common && oldSplit.id(start) == newSplit.id(start)) {
            start++;
        }
        int end = 0;
        while (end < common - start
                && oldSplit.id(oldSplit.size() - 1 - end) == newSplit.id(newSplit.size() - 1 - end)) {
            end++;
        }
        Pieces pieces = new Pieces();
        pieces.same(oldSplit.text(0, start));
        middle(oldSplit, newSplit, start, end, work, pieces);
        pieces.same(oldSplit.text(oldSplit.size() - end, end));
        return pieces.list();
    }

    private static void middle(Split before, Split after, int start, int end, DiffWork work, Pieces pieces) {
        List<Integer> oldIds = before.ids().subList(start, before.size() - end);
        List<Integer> newIds = after.ids().subList(start, after.size() - end);
        if (oldIds.isEmpty() || newIds.isEmpty()) {
            pieces.change(before.text(start, oldIds.size()), after.text(start, newIds.size()));
            return;
        }
        List<AbstractDelta<Integer>> deltas;
        work.startAttempt();
        try {
            deltas = DiffUtils.diff(oldIds, newIds, new MyersDiff<>(work::same), work, true).getDeltas();
        } catch (DiffWork.Exhausted exhausted) {
            pieces.change(before.text(start, oldIds.size()), after.text(start, newIds.size()));
            return;
        }
        for (AbstractDelta<Integer> delta : deltas) {
            String removed = before.text(start + delta.getSource().getPosition(), delta.getSource().size());
            String added = after.text(start + delta.getTarget().getPosition(), delta.getTarget().size());
            if (delta.getType() == DeltaType.EQUAL) {
                pieces.same(removed);
            } else {
                pieces.change(removed, added);
            }
        }
    }

    /** Null counts as empty text. */
    public static boolean unchanged(String before, String after) {
        return orEmpty(before).equals(orEmpty(after));
    }

    static List<String> tokens(String text) {
        return Split.of(TOKEN, text, new HashMap<>()).texts();
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

    /** A text cut into pieces, each also as a number that is equal for equal pieces, for fast comparison. */
    private record Split(List<String> texts, List<Integer> ids) {

        static Split of(Pattern pattern, String text, Map<String, Integer> ids) {
            List<String> texts = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            Matcher matcher = pattern.matcher(orEmpty(text));
            while (matcher.find()) {
                String piece = matcher.group();
                if (!piece.isEmpty()) {
                    texts.add(piece);
                    numbers.add(ids.computeIfAbsent(piece, key -> ids.size()));
                }
            }
            return new Split(texts, numbers);
        }

        int size() {
            return ids.size();
        }

        int id(int index) {
            return ids.get(index);
        }

        String text(int from, int count) {
            return String.join("", texts.subList(from, from + count));
        }
    }

    /** Unchanged text ({@code removed} and {@code added} the same), or text removed and added in its place. */
    private record Piece(String removed, String added, boolean changed) {

        boolean replaces() {
            return changed && !removed.isEmpty() && !added.isEmpty();
        }
    }

    /** Unchanged and changed text in order; a run of changes becomes one del and one ins. */
    private static final class Pieces {

        private final List<Piece> pieces = new ArrayList<>();

        void same(String text) {
            add(new Piece(text, text, false));
        }

        void change(String removed, String added) {
            add(new Piece(removed, added, true));
        }

        void add(Piece piece) {
            if (piece.removed().isEmpty() && piece.added().isEmpty()) {
                return;
            }
            Piece last = pieces.isEmpty() ? null : pieces.getLast();
            if (last != null && last.changed() == piece.changed()) {
                pieces.set(pieces.size() - 1, new Piece(last.removed() + piece.removed(),
                        last.added() + piece.added(), piece.changed()));
            } else {
                pieces.add(piece);
            }
        }

        List<Piece> list() {
            return pieces;
        }

        String html() {
            StringBuilder html = new StringBuilder();
            StringBuilder removed = new StringBuilder();
            StringBuilder added = new StringBuilder();
            for (int i = 0; i < pieces.size(); i++) {
                Piece piece = pieces.get(i);
                boolean pendingReplacement = !removed.isEmpty() && !added.isEmpty();
                if (piece.changed() || piece.removed().isBlank() && pendingReplacement && i + 1 < pieces.size()
                        && pieces.get(i + 1).replaces()) {
                    // Swallowing the space between two replaced words reads as one change, not a del/ins per word.
                    removed.append(piece.removed());
                    added.append(piece.added());
                } else {
                    flush(html, removed, added);
                    html.append(escape(piece.removed()));
                }
            }
            flush(html, removed, added);
            return html.toString();
        }

        private static void flush(StringBuilder html, StringBuilder removed, StringBuilder added) {
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
