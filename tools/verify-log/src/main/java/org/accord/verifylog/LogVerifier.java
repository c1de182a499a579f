package org.accord.verifylog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Verifies a whole log fed to it in any order (its key, its entries in sequence, its signed heads) and names the first
 * thing wrong in log order: an entry, or a head that covers only good entries. The entries are checked one by one as
 * they arrive and kept only as leaf hashes; the heads are then walked once in ascending size while the tree grows leaf
 * by leaf, so a log of n entries and h heads costs O(n + h log n) hashes.
 */
final class LogVerifier {

    private record BadEntry(long position, String problem) {
    }

    /** The key cannot be trusted; the message says why. */
    private static final class KeyProblem extends Exception {

        KeyProblem(String message) {
            super(message);
        }
    }

    private final PublicKey pinnedKey;
    private String publishedKey;
    private final LeafHashes leafHashes = new LeafHashes();
    private final Map<UUID, Long> positionsBySourceEvent = new HashMap<>();
    private BadEntry firstBadEntry;
    private final List<Object> heads = new ArrayList<>();

    /** A verifier that trusts the pinned key, or the log's published key when {@code pinnedKey} is null. */
    LogVerifier(PublicKey pinnedKey) {
        this.pinnedKey = pinnedKey;
    }

    /** The key the log publishes, as Base64 of its DER form. */
    void publishedKey(String base64) {
        publishedKey = base64;
    }

    /**
     * The next entry's text; {@code servedSeq} and {@code servedLeafHash} are what a server said alongside it (null in
     * an export). Returns whether later entries still matter, which they do not after a bad one.
     */
    boolean entry(String text, String servedSeq, String servedLeafHash) {
        if (firstBadEntry != null) {
            return false;
        }
        long position = leafHashes.size();
        byte[] leafHash = MerkleHashes.leaf(text.getBytes(StandardCharsets.UTF_8));
        leafHashes.add(leafHash);
        String problem = problem(position, text, servedSeq, servedLeafHash, leafHash);
        if (problem != null) {
            firstBadEntry = new BadEntry(position, problem);
            return false;
        }
        return true;
    }

    /** The next signed head, as the JSON value the log wrote. */
    void head(Object head) {
        heads.add(head);
    }

    long entries() {
        return leafHashes.size();
    }

    /** Checks the heads against the entries (and, when {@code proofs} is given, the server's proofs) and concludes. */
    Verdict verdict(ProofSource proofs) throws IOException {
        List<String> notes = new ArrayList<>();
        PublicKey key;
        try {
            key = trustedKey(notes);
        } catch (KeyProblem e) {
            return Verdict.failed(notes, e.getMessage());
        }
        SubtreeStack tree = new SubtreeStack();
        SignedHead previous = null;
        long verifiedSize = 0;
        for (int i = 0; i < heads.size(); i++) {
            String name = "head " + Numbers.grouped(i + 1) + " of " + Numbers.grouped(heads.size());
            SignedHead head;
            try {
                head = SignedHead.of(heads.get(i));
            } catch (MalformedJsonException e) {
                return firstBadEntry != null
                        ? entryFailure(notes)
                        : Verdict.failed(notes, name + " is malformed: " + e.getMessage());
            }
            if (firstBadEntry != null && head.treeSize() > firstBadEntry.position()) {
                break;
            }
            name += " (tree size " + Numbers.grouped(head.treeSize()) + ", signed " + head.signedAt() + ")";
            String problem = headProblem(head, previous, key);
            if (problem != null) {
                return Verdict.failed(notes, name + " " + problem);
            }
            while (tree.leaves() < head.treeSize()) {
                tree.append(leafHashes.get(tree.leaves()));
            }
            byte[] root = tree.root();
            if (!head.hasRoot(root)) {
                return Verdict.failed(notes, rootMismatch(name, head, root, verifiedSize, tree, i, key));
            }
            if (proofs != null) {
                problem = proofProblem(proofs, head, previous);
                if (problem != null) {
                    return Verdict.failed(notes, name + ": " + problem);
                }
            }
            previous = head;
            verifiedSize = head.treeSize();
        }
        if (firstBadEntry != null) {
            return entryFailure(notes);
        }
        return verified(notes, previous, proofs != null);
    }

    private String problem(long position, String text, String servedSeq, String servedLeafHash, byte[] leafHash) {
        if (servedSeq != null && !servedSeq.equals(Long.toString(position))) {
            return "is served with seq " + servedSeq + " (entries missing, duplicated or out of order)";
        }
        if (servedLeafHash != null && !servedLeafHash.equals(Hex.of(leafHash))) {
            return "is served with leafHash " + servedLeafHash + ", but its text hashes to " + Hex.of(leafHash)
                    + " (the stored text or the stored hash was altered)";
        }
        UUID sourceEvent;
        try {
            sourceEvent = EntryRules.check(position, text);
        } catch (EntryRules.Broken e) {
            return e.getMessage();
        }
        Long earlier = positionsBySourceEvent.putIfAbsent(sourceEvent, position);
        if (earlier != null) {
            return "records source event " + sourceEvent + ", which entry " + Numbers.grouped(earlier)
                    + " already records (one event logged twice)";
        }
        return null;
    }

    private PublicKey trustedKey(List<String> notes) throws KeyProblem {
        PublicKey published = null;
        if (publishedKey != null) {
            try {
                published = PublicKeys.fromText(publishedKey);
            } catch (GeneralSecurityException e) {
                throw new KeyProblem("the key the log publishes is not an Ed25519 public key");
            }
        }
        if (pinnedKey == null) {
            if (published == null) {
                throw new KeyProblem("the log publishes no key, and none was given with --key");
            }
            notes.add("Key: the one the log publishes (SHA-256 fingerprint " + PublicKeys.fingerprint(published)
                    + "), not pinned; pass --key to catch a log whose key was swapped.");
            return published;
        }
        if (published != null && !MessageDigest.isEqual(published.getEncoded(), pinnedKey.getEncoded())) {
            throw new KeyProblem("the log publishes the key with fingerprint " + PublicKeys.fingerprint(published)
                    + ", not the pinned key " + PublicKeys.fingerprint(pinnedKey)
                    + ": the log's key was swapped (or the wrong key was pinned)");
        }
        notes.add("Key: pinned, SHA-256 fingerprint " + PublicKeys.fingerprint(pinnedKey) + ".");
        return pinnedKey;
    }

    private String headProblem(SignedHead head, SignedHead previous, PublicKey key) {
        if (previous != null && head.treeSize() < previous.treeSize()) {
            return "comes after a head of tree size " + Numbers.grouped(previous.treeSize())
                    + ": heads out of order";
        }
        if (previous != null && head.timestamp() < previous.timestamp()) {
            return "is dated before the head before it (" + previous.signedAt() + ")";
        }
        if (head.treeSize() > leafHashes.size()) {
            return "covers " + Numbers.grouped(head.treeSize()) + " entries, but the log holds only "
                    + Numbers.grouped(leafHashes.size()) + ": entries " + Numbers.grouped(leafHashes.size()) + " to "
                    + Numbers.grouped(head.treeSize() - 1) + " are missing";
        }
        if (!head.isSignedBy(key)) {
            return "has an invalid signature: the log's key did not sign these values"
                    + " (the head was forged, altered, or signed by another key)";
        }
        return null;
    }

    /**
     * A signed root the entries do not give. When a later, validly signed head does match them, the log signed two
     * histories that cannot both be true; otherwise an entry in the range since the last good head was changed.
     */
    private String rootMismatch(String name, SignedHead head, byte[] root, long verifiedSize, SubtreeStack tree,
            int index, PublicKey key) {
        String mismatch = name + ": root mismatch at head size " + Numbers.grouped(head.treeSize())
                + ": the entries give root " + Hex.of(root) + ", the head signs " + head.rootHash();
        for (int j = index + 1; j < heads.size(); j++) {
            SignedHead later;
            try {
                later = SignedHead.of(heads.get(j));
            } catch (MalformedJsonException e) {
                break;
            }
            if (later.treeSize() < tree.leaves() || later.treeSize() > leafHashes.size() || !later.isSignedBy(key)) {
                continue;
            }
            while (tree.leaves() < later.treeSize()) {
                tree.append(leafHashes.get(tree.leaves()));
            }
            if (later.hasRoot(tree.root())) {
                return mismatch + "; inconsistent heads: head " + Numbers.grouped(j + 1) + " of "
                        + Numbers.grouped(heads.size()) + " (tree size " + Numbers.grouped(later.treeSize())
                        + ") signs these very entries, so the log signed two histories that cannot both be true";
            }
        }
        if (verifiedSize == head.treeSize()) {
            return mismatch + "; inconsistent heads: the head before it signs another root for the same entries";
        }
        return mismatch + "; one of entries " + Numbers.grouped(verifiedSize) + " to "
                + Numbers.grouped(head.treeSize() - 1) + " is not what the log signed (altered, inserted or removed)";
    }

    /**
     * Checks the server's consistency proof from the previous head and an inclusion proof of this head's first new
     * entry.
     */
    private String proofProblem(ProofSource proofs, SignedHead head, SignedHead previous) throws IOException {
        long previousSize = previous == null ? 0 : previous.treeSize();
        if (previousSize > 0) {
            List<byte[]> path = proofs.consistencyPath(previousSize, head.treeSize());
            if (!Rfc9162Proofs.verifyConsistency(previousSize, head.treeSize(), previous.root(), head.root(), path)) {
                return "inconsistent heads: the server's consistency proof from tree size "
                        + Numbers.grouped(previousSize) + " does not verify against the two signed roots";
            }
        }
        if (head.treeSize() == 0) {
            return null;
        }
        long seq = previousSize < head.treeSize() ? previousSize : head.treeSize() - 1;
        ProofSource.InclusionProof proof = proofs.inclusionProof(seq, head.treeSize());
        byte[] leafHash = leafHashes.get(seq);
        if (!MessageDigest.isEqual(proof.leafHash(), leafHash)) {
            return "the server's inclusion proof of entry " + Numbers.grouped(seq) + " is for leaf hash "
                    + Hex.of(proof.leafHash()) + ", but the entry hashes to " + Hex.of(leafHash);
        }
        if (!Rfc9162Proofs.verifyInclusion(seq, head.treeSize(), leafHash, proof.auditPath(), head.root())) {
            return "the server's inclusion proof of entry " + Numbers.grouped(seq)
                    + " does not verify against the signed root";
        }
        return null;
    }

    private Verdict entryFailure(List<String> notes) {
        return Verdict.failed(notes,
                "entry " + Numbers.grouped(firstBadEntry.position()) + " " + firstBadEntry.problem());
    }

    private Verdict verified(List<String> notes, SignedHead latest, boolean withProofs) {
        long entries = leafHashes.size();
        String counted = Numbers.grouped(entries) + (entries == 1 ? " entry, " : " entries, ")
                + Numbers.grouped(heads.size()) + (heads.size() == 1 ? " signed head" : " signed heads");
        if (latest == null) {
            return Verdict.verified(notes,
                    counted + "; no head signs the log yet, so only the entries' form was checked");
        }
        if (withProofs) {
            notes.add("The server's consistency proofs between consecutive heads and an inclusion proof per head"
                    + " verify.");
        }
        if (latest.treeSize() < entries) {
            notes.add("The " + Numbers.grouped(entries - latest.treeSize()) + " entries after the latest head"
                    + " are not signed yet; only their form was checked.");
        }
        return Verdict.verified(notes, counted + ", latest head " + Numbers.grouped(latest.treeSize()) + " root "
                + latest.rootHash() + " verified");
    }
}
