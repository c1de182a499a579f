package org.accord.verifylog;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

/**
 * Streams an export ({@code {"entries":[...],"heads":[...],"publicKey":"..."}}, members in any order) into a verifier,
 * one entry at a time, so that the export is never held whole.
 */
final class ExportReader {

    private ExportReader() {
    }

    static void read(Reader export, LogVerifier verifier) throws IOException {
        JsonReader json = new JsonReader(export);
        boolean sawEntries = false;
        boolean sawHeads = false;
        try {
            json.beginObject();
            String name;
            while ((name = json.nextName()) != null) {
                switch (name) {
                    case "entries" -> {
                        sawEntries = true;
                        json.beginArray();
                        while (json.nextElement()) {
                            if (!(json.readValue() instanceof String entry)) {
                                throw new MalformedJsonException("entry " + Numbers.grouped(verifier.entries())
                                        + " is not a string holding the entry's text");
                            }
                            verifier.entry(entry, null, null);
                        }
                    }
                    case "heads" -> {
                        sawHeads = true;
                        json.beginArray();
                        while (json.nextElement()) {
                            verifier.head(json.readValue());
                        }
                    }
                    case "publicKey" -> {
                        if (!(json.readValue() instanceof String key)) {
                            throw new MalformedJsonException("\"publicKey\" is not a string");
                        }
                        verifier.publishedKey(key);
                    }
                    default -> json.readValue();
                }
            }
            json.endOfInput();
        } catch (CharacterCodingException e) {
            throw new MalformedJsonException("the export is not UTF-8 text (near entry "
                    + Numbers.grouped(verifier.entries()) + ")");
        } catch (MalformedJsonException e) {
            throw new MalformedJsonException("the export is not well-formed (near entry "
                    + Numbers.grouped(verifier.entries()) + "): " + e.getMessage());
        }
        if (!sawEntries || !sawHeads) {
            throw new MalformedJsonException("the export lacks its \"" + (sawEntries ? "heads" : "entries") + "\"");
        }
    }
}
