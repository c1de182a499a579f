package org.accord.verifylog;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 reader (no duplicate keys, no lone surrogates, nothing after the value) that hands out one value at
 * a time, so that an export of any length streams. Objects are read as maps in written order, arrays as lists, numbers
 * as {@link JsonNumber}, and null as Java's null.
 */
final class JsonReader {

    private static final int MAX_DEPTH = 200;

    private final Reader in;
    private final char[] buffer;
    private int length;
    private int position;
    private long consumedBefore;
    private final StringBuilder text = new StringBuilder();
    /** One element per open object or array: whether no member of it has been read yet. */
    private final Deque<Boolean> firstMember = new ArrayDeque<>();

    JsonReader(Reader in) {
        this.in = in;
        this.buffer = new char[64 * 1024];
    }

    private JsonReader(String text) {
        this.in = Reader.nullReader();
        this.buffer = text.toCharArray();
        this.length = buffer.length;
    }

    /** The single value that is the whole text. */
    static Object parse(String text) throws MalformedJsonException {
        try {
            JsonReader reader = new JsonReader(text);
            Object value = reader.readValue();
            reader.endOfInput();
            return value;
        } catch (MalformedJsonException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("a string cannot fail to be read", e);
        }
    }

    void beginObject() throws IOException {
        open('{');
    }

    /** The next member's name, or null (having consumed the closing brace) when the object has no more. */
    String nextName() throws IOException {
        if (!hasNextMember('}')) {
            return null;
        }
        if (peekSignificant() != '"') {
            throw malformed("expected a member name in quotes");
        }
        String name = readString();
        expect(':');
        return name;
    }

    void beginArray() throws IOException {
        open('[');
    }

    /** Whether the array has another element (to be read next), consuming the closing bracket when it has not. */
    boolean nextElement() throws IOException {
        return hasNextMember(']');
    }

    Object readValue() throws IOException {
        int c = peekSignificant();
        return switch (c) {
            case '{' -> readObject();
            case '[' -> readArray();
            case '"' -> readString();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            case -1 -> throw malformed("the text ends where a value should be");
            default -> {
                if (c == '-' || isDigit(c)) {
                    yield readNumber();
                }
                throw malformed("unexpected character '" + (char) c + "'");
            }
        };
    }

    String readString() throws IOException {
        expect('"');
        text.setLength(0);
        while (true) {
            int c = read();
            if (c == '"') {
                break;
            } else if (c == '\\') {
                text.append(readEscape());
            } else if (c == -1) {
                throw malformed("the text ends inside a string");
            } else if (c < 0x20) {
                throw malformed("a control character (U+%04X) inside a string must be escaped".formatted(c));
            } else {
                text.append((char) c);
            }
        }
        requireWellFormedUnicode(text);
        return text.toString();
    }

    void endOfInput() throws IOException {
        if (peekSignificant() != -1) {
            throw malformed("unexpected text after the end of the value");
        }
    }

    private Map<String, Object> readObject() throws IOException {
        beginObject();
        Map<String, Object> members = new LinkedHashMap<>();
        String name;
        while ((name = nextName()) != null) {
            if (members.containsKey(name)) {
                throw malformed("the key \"" + name + "\" appears twice");
            }
            members.put(name, readValue());
        }
        return members;
    }

    private List<Object> readArray() throws IOException {
        beginArray();
        List<Object> elements = new ArrayList<>();
        while (nextElement()) {
            elements.add(readValue());
        }
        return elements;
    }

    private JsonNumber readNumber() throws IOException {
        StringBuilder text = new StringBuilder();
        if (peek() == '-') {
            text.append((char) read());
        }
        if (peek() == '0') {
            text.append((char) read());
        } else {
            digits(text);
        }
        if (peek() == '.') {
            text.append((char) read());
            digits(text);
        }
        if (peek() == 'e' || peek() == 'E') {
            text.append((char) read());
            if (peek() == '+' || peek() == '-') {
                text.append((char) read());
            }
            digits(text);
        }
        return new JsonNumber(text.toString());
    }

    private void digits(StringBuilder text) throws IOException {
        if (!isDigit(peek())) {
            throw malformed("a number lacks its digits");
        }
        while (isDigit(peek())) {
            text.append((char) read());
        }
    }

    private char readEscape() throws IOException {
        int c = read();
        return switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '/' -> '/';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> {
                int code = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(read(), 16);
                    if (digit < 0) {
                        throw malformed("a \\u escape needs four hexadecimal digits");
                    }
                    code = code * 16 + digit;
                }
                yield (char) code;
            }
            default -> throw malformed("unknown escape in a string");
        };
    }

    private void requireWellFormedUnicode(CharSequence text) throws MalformedJsonException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw malformed("a string holds a lone surrogate, which is not Unicode text");
            }
        }
    }

    private Object literal(String word, Object value) throws IOException {
        for (int i = 0; i < word.length(); i++) {
            if (read() != word.charAt(i)) {
                throw malformed("unexpected word (expected " + word + ")");
            }
        }
        return value;
    }

    private void open(char bracket) throws IOException {
        expect(bracket);
        if (firstMember.size() == MAX_DEPTH) {
            throw malformed("nested more than " + MAX_DEPTH + " deep");
        }
        firstMember.push(true);
    }

    private boolean hasNextMember(char closing) throws IOException {
        if (peekSignificant() == closing) {
            read();
            firstMember.pop();
            return false;
        }
        if (!firstMember.pop()) {
            expect(',');
        }
        firstMember.push(false);
        return true;
    }

    private void expect(char c) throws IOException {
        if (peekSignificant() != c) {
            throw malformed("expected '" + c + "'");
        }
        read();
    }

    private int peekSignificant() throws IOException {
        int c = peek();
        while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            read();
            c = peek();
        }
        return c;
    }

    private int peek() throws IOException {
        if (position < length || fill()) {
            return buffer[position];
        }
        return -1;
    }

    private boolean fill() throws IOException {
        consumedBefore += length;
        length = Math.max(in.read(buffer), 0);
        position = 0;
        return length > 0;
    }

    private int read() throws IOException {
        int c = peek();
        if (c != -1) {
            position++;
        }
        return c;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private MalformedJsonException malformed(String problem) {
        return new MalformedJsonException(problem + " at character " + (consumedBefore + position));
    }
}
