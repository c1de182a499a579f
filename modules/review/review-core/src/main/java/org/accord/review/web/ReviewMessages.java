package org.accord.review.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Interface strings of the comment round pages, in English; French and German in messages/review_fr.properties and
 * review_de.properties. Codes (statuses, types, sides, groups, decisions) are named here, never shown raw.
 */
@MessageBundle("review")
public interface ReviewMessages {

    @Message("Comment rounds")
    String title();

    @Message("No comment round has been opened yet.")
    String none();

    @Message("Round")
    String round();

    @Message("Standard")
    String standard();

    @Message("Draft version")
    String version();

    @Message("Status")
    String status();

    @Message("Opens")
    String opens();

    @Message("Closes")
    String closes();

    @Message("Open a comment round")
    String open();

    @Message("Title")
    String round_title();

    @Message("Instructions")
    String instructions();

    @Message("Opens at ({zone}; empty for now)")
    String opens_at(String zone);

    @Message("Closes at ({zone})")
    String closes_at(String zone);

    @Message("{#when status}{#is 'SCHEDULED'}scheduled{#is 'OPEN'}open{#is 'CLOSED'}closed{#else}{status}{/when}")
    String round_status(String status);

    @Message("Comments are visible")
    String visibility();

    @Message("to all members while the round is open")
    String visible_while_open();

    @Message("only after the round closes")
    String visible_after_close();

    @Message("Comments are shown to members only once the round closes; you see your own.")
    String hidden_until_close();

    @Message("Extended")
    String extended();

    @Message("from {from} to {to}")
    String extended_from_to(String from, String to);

    @Message("Extend the round")
    String extend();

    @Message("Close now")
    String close();

    @Message("Reason")
    String reason();

    @Message("Comments by side and stakeholder group")
    String balance();

    @Message("Side")
    String side();

    @Message("Group")
    String group();

    @Message("Voting members")
    String voting_members();

    @Message("Comments")
    String comments();

    @Message("no group")
    String no_group();

    @Message("{#when side}{#is 'US'}US{#is 'EU'}EU{#is 'OBSERVER'}Observer{#is 'EXTERNAL'}External body{#else}{side}{/when}")
    String side_name(String side);

    @Message("Not heard from yet in the last fifth of the round:")
    String flagged();

    @Message("{standing} comments, {waiting} awaiting a disposition, {objections} unresolved objections")
    String counts(int standing, int waiting, int objections);

    @Message("Comment")
    String comment();

    @Message("Clause")
    String clause();

    @Message("General (the whole document)")
    String general();

    @Message("Line number")
    String line();

    @Message("Paragraph, figure, table or note")
    String element();

    @Message("Type")
    String type();

    @Message("{#when type}{#is 'ge'}ge — general{#is 'te'}te — technical{#is 'ed'}ed — editorial{#else}{type}{/when}")
    String comment_type(String type);

    @Message("Comment (Markdown)")
    String text();

    @Message("Proposed change (Markdown)")
    String proposed_change();

    @Message("Submit the comment")
    String submit();

    @Message("now {number} in {label}")
    String now_in(String number, String label);

    @Message("clause removed in {label}")
    String removed_in(String label);

    @Message("line {line}")
    String line_n(int line);

    @Message("on behalf of {body}")
    String on_behalf_of(String body);

    @Message("withdrawn by its author")
    String withdrawn();

    @Message("Hidden by a moderator on {date}: {reason}")
    String tombstone(String date, String reason);

    @Message("What it said (administrators only)")
    String hidden_text();

    @Message("Disposition")
    String disposition();

    @Message("Modification")
    String modification();

    @Message("Observations")
    String observations();

    @Message("Implemented by")
    String implemented_by();

    @Message("Answered by revisions")
    String answered_by();

    @Message("answers comments {numbers}")
    String answers(String numbers);

    @Message("The commenter is satisfied.")
    String satisfied();

    @Message("The commenter is not satisfied: {reason}")
    String not_satisfied(String reason);

    @Message("Unresolved objections")
    String objections();

    @Message("None.")
    String no_objections();

    @Message("Comments from earlier rounds on these clauses")
    String carried();

    @Message("in {label}")
    String in_version(String label);

    @Message("Disposition of comments report")
    String report();

    @Message("Download as DOCX")
    String docx();

    @Message("Download as XLSX")
    String xlsx();

    @Message("Download as CSV")
    String csv();

    @Message("Import comments from the commenting template (DOCX, XLSX or CSV, at most 10 MB)")
    String import_title();

    @Message("File")
    String file();

    @Message("On behalf of an external body (moderators only)")
    String import_on_behalf();

    @Message("Import")
    String import_submit();

    @Message("Edit my comment")
    String edit();

    @Message("Save the new text")
    String save();

    @Message("Withdraw my comment")
    String withdraw();

    @Message("Hide the comment")
    String hide();

    @Message("Record the disposition")
    String dispose();

    @Message("Decision")
    String decision();

    @Message("{#when decision}{#is 'ACCEPTED'}Accepted{#is 'ACCEPTED_IN_PRINCIPLE'}Accepted in principle{#is 'NOTED'}Noted{#is 'REJECTED'}Rejected{#else}{decision}{/when}")
    String decision_name(String decision);

    @Message("Modification (for acceptance in principle)")
    String modification_hint();

    @Message("Observations (required unless accepted)")
    String observations_hint();

    @Message("Also answers these duplicates")
    String duplicates();

    @Message("Revisions that implement it")
    String revisions();

    @Message("Your response to the disposition")
    String respond();

    @Message("Satisfied")
    String yes();

    @Message("Not satisfied")
    String no();

    @Message("Reason (required when not satisfied)")
    String response_reason();

    @Message("Send")
    String send();

    @Message("History")
    String history();

    @Message("Text {revision}")
    String text_n(int revision);

    @Message("Back to the round")
    String back();

    @Message("MB/NC")
    String mb_nc();

    /** The colon between a label and what follows, spaced as the language spaces it. */
    @Message(":")
    String colon();

    @Message("Closed by {who}: {reason}")
    String closed_by(String who, String reason);

    @Message("Closed at its closing time, {at}.")
    String closed_on_time(String at);

    @Message("a clause added since")
    String new_clause();
}
