package org.accord.transparency.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Interface strings of the public log's pages and feed (English; translations go in messages/log_&lt;lang&gt;). */
@MessageBundle("log")
public interface TransparencyMessages {

    @Message("Transparency")
    String title();

    @Message("Every public decision of the working group is an entry in this log: members admitted, standards created,"
            + " draft versions published, ballots opened and closed with their tallies, comment rounds, signed exports."
            + " The entries are the leaves of a Merkle tree (RFC 9162), and the log signs the tree's root regularly, so"
            + " anyone can check that the record is complete and was never rewritten.")
    String intro();

    @Message("How to verify")
    String verify_title();

    @Message("Download the whole log")
    String export();

    @Message("The log's public key")
    String key();

    @Message("Latest signed tree head")
    String latest_head();

    @Message("No tree head has been signed yet.")
    String no_head();

    @Message("Tree size")
    String tree_size();

    @Message("Root hash")
    String root_hash();

    @Message("Signed")
    String signed_at();

    @Message("Signature (Ed25519)")
    String signature();

    @Message("Entries, newest first")
    String entries();

    @Message("Filter the log")
    String filter_label();

    @Message("Standard (id)")
    String standard_id();

    @Message("Type")
    String type();

    @Message("Any type")
    String any_type();

    @Message("From")
    String from();

    @Message("Until")
    String until();

    @Message("Filter")
    String filter();

    @Message("Entry")
    String entry();

    @Message("Time of the decision")
    String time();

    @Message("Standard")
    String standard();

    @Message("Summary")
    String summary();

    @Message("No entry matches.")
    String no_entries();

    @Message("Older entries")
    String older();

    @Message("Later entries")
    String later();

    @Message("Entry {seq}")
    String entry_title(long seq);

    @Message("Logged")
    String logged_at();

    @Message("Leaf hash")
    String leaf_hash();

    @Message("The standard's timeline")
    String timeline_link();

    @Message("Facts")
    String facts();

    @Message("This entry records no facts beyond its type and time.")
    String no_facts();

    @Message("Proof of inclusion")
    String proof();

    @Message("The audit path from this entry to the root of the latest signed head (tree size {size}):")
    String proof_intro(long size);

    @Message("No signed head covers this entry yet; the log signs one within seconds of new entries.")
    String not_signed_yet();

    @Message("Canonical text")
    String canonical_text();

    @Message("The entry exactly as the log hashed it: its RFC 8785 canonical JSON in UTF-8.")
    String canonical_intro();

    @Message("Timeline of {standard}")
    String standard_title(String standard);

    @Message("Every public decision on this standard, oldest first.")
    String standard_intro();

    @Message("Atom feed")
    String feed();

    @Message("Accord public log: {standard}")
    String feed_title(String standard);

    @Message("Verify Accord's record")
    String verify_heading();

    @Message("You need not trust this server: with the log's export or its public API, anyone can recompute every"
            + " entry's hash and every signed root, and check each signature with the log's key.")
    String verify_intro();

    @Message("1. Pin the key")
    String verify_key_title();

    @Message("Save the log's public key once, at a time you trust, and compare its fingerprint with the one the"
            + " working group publishes elsewhere. A log that swapped its key and re-signed a rewritten history would"
            + " otherwise pass.")
    String verify_key_text();

    @Message("2. Verify the whole log")
    String verify_all_title();

    @Message("verify-log is a small program in Accord's source repository that needs only a Java runtime (21 or"
            + " newer). It reads the log from this server, or an export file fully offline, and names the first entry"
            + " or head that does not verify; its last line is the verdict, and its exit code says the same (0 verified,"
            + " 1 failed, 2 could not check).")
    String verify_all_text();

    @Message("3. Check one entry by hand")
    String verify_entry_title();

    @Message("To see that one decision is in the signed record without the tool: check the latest head's signature,"
            + " hash the entry as a leaf, SHA-256(0x00 ‖ entry), and walk its inclusion proof up to the signed root"
            + " (RFC 9162, section 2.1.3.2): for each hash p of the audit path, with fn = seq and sn = treeSize − 1, if"
            + " fn is odd or fn = sn, r = SHA-256(0x01 ‖ p ‖ r) and, unless fn is odd, shift fn and sn right until fn"
            + " is odd or 0; otherwise r = SHA-256(0x01 ‖ r ‖ p); then shift fn and sn right once. The entry is"
            + " included when sn ends at 0 and r equals the root hash.")
    String verify_entry_text();

    @Message("Where the key is")
    String verify_where_title();

    @Message("The key is served as JSON at the address below (Base64 DER and PEM) and is part of every export. A"
            + " head's signature is Ed25519, in Base64, over the UTF-8 bytes of this text, filled in with the head's"
            + " values:")
    String verify_where_text();

    @Message("The latest head, to compare with the verdict: tree size {size}, root {root}.")
    String verify_latest(long size, String root);
}
