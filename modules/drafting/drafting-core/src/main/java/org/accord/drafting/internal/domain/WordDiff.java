package org.accord.drafting.internal.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /**
     * How a text is cut: into sentences (each up to a full stop, question or exclamation mark followed by whitespace)
     * or the rest of a line, then each changed passage into tokens (a word, a run of whitespace, or any other single
     * character such as a punctuation mark). Both are scanned in one pass, without regular expressions or a string per
     * piece.
     */
    private enum Cut {
        PASSAGES, TOKENS
    }

    private WordDiff() {
    }

    /** Null counts as empty text. */
    public static String redline(String before, String after) {
        return redline(before, after, DiffWork.forTexts(before, after));
    }

    /** Null counts as empty text; the work done is counted in {@code work}. */
    static String redline(String before, String after, DiffWork work) {
        Pieces pieces = new Pieces();
        for (Piece passage : diff(Cut.PASSAGES, orEmpty(before), orEmpty(after), work)) {
            if (passage.changed()) {
                diff(Cut.TOKENS, passage.removed(), passage.added(), work).forEach(pieces::add);
            } else {
                pieces.add(passage);
            }
        }
        return pieces.html();
    }

    /**
     * The texts cut as {@code cut} says: their common beginning and end (found in linear time) kept, the rest compared
     * piece by piece, or replaced whole once the attempt's share of the work runs out, or when it could not suffice.
     */
    private static List<Piece> diff(Cut cut, String before, String after, DiffWork work) {
        PieceIds ids = new PieceIds();
        Split oldSplit = Split.of(cut, before, ids);
        Split newSplit = Split.of(cut, after, ids);
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
        middle(oldSplit, newSplit, start, end, ids.size(), work, pieces);
        pieces.same(oldSplit.text(oldSplit.size() - end, oldSplit.size()));
        return pieces.list();
    }

    private static void middle(Split before, Split after, int start, int end, int distinct, DiffWork work,
            Pieces pieces) {
        int oldEnd = before.size() - end;
        int newEnd = after.size() - end;
        if (start == oldEnd || start == newEnd) {
            pieces.change(before.text(start, oldEnd), after.text(start, newEnd));
            return;
        }
        work.startAttempt();
        if (!work.affords(fewestEdits(before.ids(), after.ids(), start, oldEnd, newEnd, distinct))) {
            pieces.change(before.text(start, oldEnd), after.text(start, newEnd));
            return;
        }
        try {
            Myers.diff(before.ids(), start, oldEnd, after.ids(), start, newEnd, work, new Myers.Runs() {

                @Override
                public void same(int oldFrom, int newFrom, int length) {
                    pieces.same(before.text(oldFrom, oldFrom + length));
                }

                @Override
                public void change(int oldFrom, int oldTo, int newFrom, int newTo) {
                    pieces.change(before.text(oldFrom, oldTo), after.text(newFrom, newTo));
                }
            });
        } catch (DiffWork.Exhausted exhausted) {
            pieces.change(before.text(start, oldEnd), after.text(start, newEnd));
        }
    }

    /**
     * A lower bound on the insertions and deletions that turn {@code before[start, oldEnd)} into
     * {@code after[start, newEnd)}: every piece of either that the other has fewer of.
     */
    private static long fewestEdits(int[] before, int[] after, int start, int oldEnd, int newEnd, int distinct) {
        int[] balance = new int[distinct];
        for (int i = start; i < oldEnd; i++) {
            balance[before[i]]++;
        }
        for (int i = start; i < newEnd; i++) {
            balance[after[i]]--;
        }
        long edits = 0;
        for (int count : balance) {
            edits += Math.abs(count);
        }
        return edits;
    }

    /** Null counts as empty text. */
    public static boolean unchanged(String before, String after) {
        return orEmpty(before).equals(orEmpty(after));
    }

    static List<String> tokens(String text) {
        return Split.of(Cut.TOKENS, orEmpty(text), new PieceIds()).texts();
    }

    static List<String> passages(String text) {
        return Split.of(Cut.PASSAGES, orEmpty(text), new PieceIds()).texts();
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

    /**
     * A text cut into pieces, piece i being {@code text[bounds[i], bounds[i + 1])}, each also as a number that is equal
     * for equal pieces, for fast comparison.
     */
    private record Split(String text, int[] bounds, int[] ids) {

        static Split of(Cut cut, String text, PieceIds numbers) {
            int length = text.length();
            int[] bounds = new int[16];
            int count = 0;
            int at = 0;
            while (at < length) {
                if (count + 2 > bounds.length) {
                    bounds = Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[count++] = at;
                at = cut == Cut.PASSAGES ? passageEnd(text, at) : tokenEnd(text, at);
            }
            bounds[count] = length;
            int[] ids = new int[count];
            for (int i = 0; i < count; i++) {
                ids[i] = numbers.id(text, bounds[i], bounds[i + 1]);
            }
            return new Split(text, bounds, ids);
        }

        int size() {
            return ids.length;
        }

        int id(int index) {
            return ids[index];
        }

        /** The text of pieces {@code from} (inclusive) to {@code to} (exclusive). */
        String text(int from, int to) {
            return text.substring(bounds[from], bounds[to]);
        }

        List<String> texts() {
            List<String> texts = new ArrayList<>(ids.length);
            for (int i = 0; i < ids.length; i++) {
                texts.add(text(i, i + 1));
            }
            return texts;
        }
    }

    /** Where the sentence or line that begins at {@code at} ends: after its full stop or line break, or at the end. */
    private static int passageEnd(String text, int at) {
        int length = text.length();
        for (int i = at; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && i + 1 < length && isSpace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return length;
    }

    /** Where the word, run of whitespace or single other character that begins at {@code at} ends. */
    private static int tokenEnd(String text, int at) {
        int length = text.length();
        int codePoint = text.codePointAt(at);
        if (isSpace(codePoint)) {
            int i = at + 1;
            while (i < length && isSpace(text.charAt(i))) {
                i++;
            }
            return i;
        }
        int i = at + Character.charCount(codePoint);
        if (!isWordPart(codePoint)) {
            return i;
        }
        while (i < length) {
            int next = text.codePointAt(i);
            if (!isWordPart(next)) {
                break;
            }
            i += Character.charCount(next);
        }
        return i;
    }

    /** Space, tab, line feed, vertical tab, form feed or carriage return. */
    private static boolean isSpace(int c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** A letter, mark, digit or other number, or an underscore. */
    private static boolean isWordPart(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z'
                    || codePoint >= '0' && codePoint <= '9' || codePoint == '_';
        }
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER ->
                true;
            default -> false;
        };
    }

    /**
     * Numbers the distinct pieces of the texts of one comparison, 0, 1, 2, ... in order of first appearance: an open
     * addressing table over the pieces' places in their texts, so no piece is copied out.
     */
    private static final class PieceIds {

        /** Per slot, the id of the piece there plus one, or 0 for a free slot. */
        private int[] slots = new int[256];
        private String[] texts = new String[64];
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        private int[] hashes = new int[64];
        private int size;

        int size() {
            return size;
        }

        int id(String text, int start, int end) {
            int hash = hash(text, start, end);
            int mask = slots.length - 1;
            for (int slot = hash & mask;; slot = (slot + 1) & mask) {
                int taken = slots[slot] - 1;
                if (taken < 0) {
                    return add(slot, text, start, end, hash);
                }
                if (hashes[taken] == hash && ends[taken] - starts[taken] == end - start
                        && text.regionMatches(start, texts[taken], starts[taken], end - start)) {
                    return taken;
                }
            }
        }

        private int add(int slot, String text, int start, int end, int hash) {
            if (size == texts.length) {
                int grown = size * 2;
                texts = Arrays.copyOf(texts, grown);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                hashes = Arrays.copyOf(hashes, grown);
            }
            int id = size++;
            texts[id] = text;
            starts[id] = start;
            ends[id] = end;
            hashes[id] = hash;
            slots[slot] = id + 1;
            if (size * 2 > slots.length) {
                rehash();
            }
            return id;
        }

        private void rehash() {
            slots = new int[slots.length * 2];
            int mask = slots.length - 1;
            for (int id = 0; id < size; id++) {
                int slot = hashes[id] & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = id + 1;
            }
        }

        private static int hash(String text, int start, int end) {
            int hash = 0;
            for (int i = start; i < end; i++) {
                hash = 31 * hash + text.charAt(i);
            }
            return (hash ^ (hash >>> 16)) * 0x9E3779B1;
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
