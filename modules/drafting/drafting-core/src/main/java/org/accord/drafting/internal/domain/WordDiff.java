package org.accord.drafting.internal.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * whole, less its common beginning and end. Either way, dropping the insertions gives back the old text and dropping
 * the deletions the new one.
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

    /** Null counts as empty text; the comparisons made are counted in {@code work}. */
    public static String redline(String before, String after, DiffWork work) {
        Pieces pieces = new Pieces();
        if (unchanged(before, after)) {
            pieces.same(orEmpty(before));
            return pieces.html();
        }
        Optional<List<Piece>> passages = diff(PASSAGE, before, after, work);
        if (passages.isEmpty()) {
            coarse(before, after, pieces);
        } else {
            for (Piece passage : passages.get()) {
                if (passage.changed()) {
                    words(passage.removed(), passage.added(), work, pieces);
                } else {
                    pieces.add(passage);
                }
            }
        }
        return pieces.html();
    }

    private static void words(String before, String after, DiffWork work, Pieces pieces) {
        diff(TOKEN, before, after, work).ifPresentOrElse(words -> words.forEach(pieces::add),
                () -> coarse(before, after, pieces));
    }

    /** The texts cut by {@code pattern} and compared piece by piece; empty once the attempt's work runs out. */
    private static Optional<List<Piece>> diff(Pattern pattern, String before, String after, DiffWork work) {
        Map<String, Integer> ids = new HashMap<>();
        Split oldSplit = Split.of(pattern, before, ids);
        Split newSplit = Split.of(pattern, after, ids);
        List<AbstractDelta<Integer>> deltas;
        work.startAttempt();
        try {
            deltas = DiffUtils.diff(oldSplit.ids(), newSplit.ids(), new MyersDiff<>(work::same), work, true)
                    .getDeltas();
        } catch (DiffWork.Exhausted exhausted) {
            return Optional.empty();
        }
        Pieces pieces = new Pieces();
        for (AbstractDelta<Integer> delta : deltas) {
            String removed = oldSplit.text(delta.getSource().getPosition(), delta.getSource().size());
            String added = newSplit.text(delta.getTarget().getPosition(), delta.getTarget().size());
            if (delta.getType() == DeltaType.EQUAL) {
                pieces.same(removed);
            } else {
                pieces.change(removed, added);
            }
        }
        return Optional.of(pieces.list());
    }

    /** The common words at the start and end kept, everything between replaced: linear, whatever the texts. */
    private static void coarse(String before, String after, Pieces pieces) {
        List<String> oldWords = tokens(before);
        List<String> newWords = tokens(after);
        int common = Math.min(oldWords.size(), newWords.size());
        int start = 0;
        while (start < common && oldWords.get(start).equals(newWords.get(start))) {
            start++;
        }
        int end = 0;
        while (end < common - start && oldWords.get(oldWords.size() - 1 - end)
                .equals(newWords.get(newWords.size() - 1 - end))) {
            end++;
        }
        pieces.same(String.join("", oldWords.subList(0, start)));
        pieces.change(String.join("", oldWords.subList(start, oldWords.size() - end)),
                String.join("", newWords.subList(start, newWords.size() - end)));
        pieces.same(String.join("", oldWords.subList(oldWords.size() - end, oldWords.size())));
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
