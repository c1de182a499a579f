package org.accord.transparency.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Interface strings of the public log's pages and feed, and the words for what its entries record, in English; French
 * and German in messages/log_&lt;lang&gt;.properties.
 */
@MessageBundle("log")
public interface TransparencyMessages {

    /** The language of the feed, for its xml:lang attribute. */
    @Message("en")
    String lang();

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

    @Message("Entry {seq}: {kind}")
    String entry_heading(long seq, String kind);

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
    String proof_intro(String size);

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
    String verify_latest(String size, String root);

    @Message("{#when type}{#is 'member.admitted'}Member admitted{#is 'member.left'}Member left"
            + "{#is 'member.roles_changed'}Roles changed{#is 'member.voting_rights_changed'}Voting rights changed"
            + "{#is 'member.group_changed'}Stakeholder group changed{#is 'group.created'}Stakeholder group created"
            + "{#is 'group.renamed'}Stakeholder group renamed{#is 'group.retired'}Stakeholder group retired"
            + "{#is 'balance.alert_raised'}Balance alert raised{#is 'balance.alert_cleared'}Balance alert cleared"
            + "{#is 'standard.created'}Standard created{#is 'standard.editors_changed'}Editors changed"
            + "{#is 'version.published'}Draft version published{#is 'stage.changed'}Stage changed"
            + "{#is 'ballot.opened'}Ballot opened{#is 'ballot.closed'}Ballot closed"
            + "{#is 'ballot.cancelled'}Ballot cancelled{#is 'comment_round.opened'}Comment round opened"
            + "{#is 'comment_round.extended'}Comment round extended{#is 'comment_round.closed'}Comment round closed"
            + "{#is 'comment.disposed'}Comments disposed of{#is 'comment.hidden'}Comment hidden"
            + "{#is 'export.generated'}Export generated{#is 'bundle.signed'}Bundle signed"
            + "{#is 'liaison.statement_sent'}Liaison statement sent{#else}{type}{/when}")
    String kind(String type);

    @Message("{#when name}{#is 'memberId'}Member (id){#is 'name'}Name{#is 'side'}Side{#is 'group'}Stakeholder group"
            + "{#is 'roles'}Roles{#is 'votingRights'}Voting rights{#is 'by'}By{#is 'code'}Group{#is 'from'}From"
            + "{#is 'to'}To{#is 'ruleId'}Rule (id){#is 'rule'}Rule{#is 'finding'}Finding{#is 'reference'}Reference"
            + "{#is 'title'}Title{#is 'scope'}Scope{#is 'tallyScope'}Counted among{#is 'editors'}Editors"
            + "{#is 'label'}Version{#is 'versionLabel'}Version{#is 'versionId'}Version (id){#is 'stage'}Stage"
            + "{#is 'contentHash'}Content hash{#is 'clauses'}Clauses{#is 'ballotId'}Ballot (id)"
            + "{#is 'question'}Question{#is 'secret'}Secret ballot{#is 'closesAt'}Closes"
            + "{#is 'eligibleVoters'}Eligible voters{#is 'openedAt'}Opened{#is 'passed'}Passed"
            + "{#is 'summary'}Result as recorded{#is 'overall'}Overall{#is 'sides'}Side{#is 'groups'}Group"
            + "{#is 'checks'}Rule check{#is 'eligible'}Eligible{#is 'voted'}Voted{#is 'withheld'}Withheld"
            + "{#is 'approve'}Approve{#is 'approveWithComments'}Approve with comments{#is 'disapprove'}Disapprove"
            + "{#is 'abstain'}Abstain{#is 'holds'}Rule holds{#is 'roundId'}Comment round (id){#is 'opensAt'}Opens"
            + "{#is 'visibleWhileOpen'}Comments visible while open{#is 'previousClosesAt'}Previous closing time"
            + "{#is 'comments'}Comments{#is 'undisposed'}Comments not yet disposed of{#is 'early'}Closed early"
            + "{#is 'dispositionId'}Disposition (id){#is 'disposition'}Disposition{#is 'commentId'}Comment (id)"
            + "{#is 'role'}Role{#is 'exportId'}Export (id){#is 'format'}Format{#is 'sha256'}SHA-256"
            + "{#is 'size'}Size (bytes){#is 'bundleId'}Bundle (id){#is 'manifestSha256'}Manifest SHA-256"
            + "{#is 'bundleSha256'}Bundle SHA-256{#is 'keyId'}Signing key{#is 'statementId'}Statement (id)"
            + "{#is 'addressee'}Addressee{#is 'bundleIds'}Bundles (ids){#is 'replyDue'}Reply due"
            + "{#else}{name}{/when}")
    String fact(String name);

    @Message("{label}: {value}")
    String fact_line(String label, String value);

    @Message("{#if value}yes{#else}no{/if}")
    String yes_no(boolean value);

    @Message("{#when code}{#is 'US'}United States{#is 'EU'}European Union{#is 'OBSERVER'}Observer{#else}{code}{/when}")
    String side(String code);

    @Message("all eligible voters")
    String overall();

    @Message("{#when code}{#is 'WORKING_DRAFT'}Working draft{#is 'COMMITTEE_DRAFT'}Committee draft"
            + "{#is 'CONSENSUS_DRAFT'}Consensus draft{#is 'APPROVED'}Approved{#is 'PUBLISHED'}Published"
            + "{#is 'WITHDRAWN'}Withdrawn{#else}{code}{/when}")
    String stage(String code);

    @Message("{#when code}{#is 'ACCEPTED'}accepted{#is 'ACCEPTED_IN_PRINCIPLE'}accepted in principle"
            + "{#is 'NOTED'}noted{#is 'REJECTED'}rejected{#else}{code}{/when}")
    String disposition(String code);

    @Message("{#when code}{#is 'member'}member{#is 'editor'}editor{#is 'moderator'}moderator{#is 'liaison'}liaison"
            + "{#is 'admin'}administrator{#else}{code}{/when}")
    String role(String code);

    @Message("{#when code}{#is 'sts'}NISO STS XML{#is 'akoma-ntoso'}Akoma Ntoso XML{#is 'pdf'}PDF{#is 'docx'}Word"
            + " (DOCX){#is 'html'}HTML{#is 'markdown'}Markdown{#is 'json'}JSON{#else}{code}{/when}")
    String format(String code);
}
