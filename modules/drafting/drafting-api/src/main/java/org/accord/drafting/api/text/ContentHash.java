package org.accord.drafting.api.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.accord.platform.text.CanonicalJsonString;

/**
 * The fingerprint of a standard's text: SHA-256, in lower-case hex, over the canonical JSON (RFC 8785) of its clauses
 * in document order, each as {@code {"clauseId","heading","kind","parentId","text"}}: keys sorted, no whitespace,
 * strings escaped only where JSON requires (quote and backslash with a backslash; control characters as {@code \b \f
 * \n \r \t} or else a backslash, {@code u} and four lower-case hex digits), everything else written as it is, the whole
 * encoded in UTF-8; a top-level clause has {@code "parentId":null}. Numbers and positions follow from that order and
 * the parents, and revision ids are left out, so the same words in the same places always give the same hash, whoever
 * saved them and when.
 * <p>
 * Drafting computes it when it freezes a version ({@code DraftVersionPublished.contentHash}). Other modules recompute
 * it from what drafting published to prove that a text is the one frozen: the version's frozen clauses, in the order
 * {@code DraftVersionPublished} lists them, each with the heading and text of its revision ({@code ClauseAdded} or
 * {@code ClauseRevised}).
 */
public final class ContentHash {

    /**
     * A clause as the hash sees it.
     *
     * @param parentId
     *            null for a top-level clause
     * @param kind
     *            the name of the clause's kind, such as {@code SECTION}, {@code CLAUSE} or {@code ANNEX}
     */
    public record Clause(UUID clauseId, UUID parentId, String kind, String heading, String text) {

        public Clause {
            Objects.requireNonNull(clauseId, "A hashed clause needs a clause id");
            Objects.requireNonNull(kind, "Hashed clause " + clauseId + " needs a kind");
            Objects.requireNonNull(heading, "Hashed clause " + clauseId + " needs a heading, empty if none");
            Objects.requireNonNull(text, "Hashed clause " + clauseId + " needs a text, empty if none");
        }
    }

    private ContentHash() {
    }

    public static String of(List<Clause> clausesInDocumentOrder) {
        return sha256(canonicalJson(clausesInDocumentOrder));
    }

    /** The exact bytes that are hashed, as text. */
    public static String canonicalJson(List<Clause> clausesInDocumentOrder) {
        StringBuilder json = new StringBuilder("[");
        for (Clause clause : clausesInDocumentOrder) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"clauseId\":").append(CanonicalJsonString.of(clause.clauseId().toString()))
                    .append(",\"heading\":").append(CanonicalJsonString.of(clause.heading()))
                    .append(",\"kind\":").append(CanonicalJsonString.of(clause.kind()))
                    .append(",\"parentId\":").append(uuidOrNull(clause.parentId()))
                    .append(",\"text\":").append(CanonicalJsonString.of(clause.text()))
                    .append('}');
        }
        return json.append(']').toString();
    }

    private static String uuidOrNull(UUID id) {
        return id == null ? "null" : CanonicalJsonString.of(id.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
