package org.accord.drafting.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Interface strings of the drafting pages, in English; French and German in {@code messages/drafting_fr.properties} and
 * {@code messages/drafting_de.properties}. Sentences worded in Java (refusals, history lines) are texts, in
 * {@code texts/drafting*.properties}.
 */
@MessageBundle("drafting")
public interface DraftingMessages {

    @Message("Standards")
    String title();

    @Message("Reference")
    String reference();

    @Message("Title")
    String standard_title();

    @Message("Scope")
    String scope();

    @Message("Stage")
    String stage();

    @Message("Editors")
    String editors();

    @Message("Other editors (usernames, comma-separated)")
    String other_editors();

    @Message("Latest version")
    String latest_version();

    @Message("none yet")
    String none_yet();

    @Message("Create a standard")
    String create();

    @Message("Import from Markdown")
    String import_markdown();

    @Message("Markdown: each heading becomes a clause")
    String markdown_hint();

    @Message("Import")
    String import_submit();

    @Message("Contents")
    String contents();

    @Message("Clauses")
    String clauses();

    @Message("This standard has no clauses yet.")
    String no_clauses();

    @Message("Add a clause")
    String add_clause();

    @Message("Kind")
    String kind();

    @Message("Heading")
    String heading();

    @Message("Text (Markdown)")
    String text();

    @Message("Parent clause (empty for the top level)")
    String parent_id();

    @Message("Before clause (empty for the end)")
    String before_id();

    @Message("Add")
    String add();

    @Message("Edit")
    String edit();

    @Message("Move")
    String move();

    @Message("Remove")
    String remove();

    @Message("Rationale")
    String rationale();

    @Message("Why (recorded in the history)")
    String rationale_hint();

    @Message("Save revision")
    String save();

    @Message("Change editors")
    String save_editors();

    @Message("Suggest a change")
    String suggest();

    @Message("Reason")
    String reason();

    @Message("Draft versions")
    String versions();

    @Message("Publish the current text as a new draft version")
    String publish();

    @Message("from")
    String from();

    @Message("to")
    String to();

    @Message("Show the redline")
    String show_redline();

    @Message("Move to stage")
    String change_stage();

    @Message("{#when status}{#is 'SCHEDULED'}scheduled{#is 'OPEN'}open{#is 'CLOSED'}closed{#else}{status}{/when}")
    String round_status(String status);

    @Message("History")
    String history();

    @Message("Revisions")
    String revisions();

    @Message("Revision {number}")
    String revision(int number);

    @Message("by {author}, {at}")
    String by_at(String author, String at);

    @Message("Compare revisions")
    String compare_revisions();

    @Message("Suggestions")
    String suggestions();

    @Message("Accept")
    String accept();

    @Message("Decline")
    String decline();

    @Message("Someone else saved this clause first")
    String conflict_title();

    @Message("Their revision")
    String theirs();

    @Message("Your text (not saved)")
    String yours();

    @Message("Editors now")
    String editors_now();

    @Message("The editors you asked for (not saved)")
    String editors_yours();

    @Message("You accepted it (not saved)")
    String your_acceptance();

    @Message("You declined it (not saved)")
    String your_refusal();

    /** The counts come formatted for the reader's language. */
    @Message("{added} added, {removed} removed, {moved} moved, {changed} changed")
    String summary(String added, String removed, String moved, String changed);

    @Message("No differences.")
    String no_differences();

    @Message("Downloads")
    String downloads();

    @Message("The text is frozen at this stage.")
    String frozen();

    @Message("The text is frozen while {ballot} is open.")
    String frozen_by_ballot(String ballot);

    @Message("Carried by ballot")
    String carrying_ballot();

    @Message("(none)")
    String no_ballot();

    @Message("Content hash (SHA-256)")
    String content_hash();

    @Message("Hash of the current text (SHA-256)")
    String current_hash();

    @Message("This suggestion was made on an older text")
    String stale_suggestion_title();

    @Message("Made on: revision {number}")
    String suggestion_base(int number);

    @Message("Suggested by {author}")
    String suggested_by(String author);

    @Message("Now: revision {number} by {author}")
    String current_text(int number, String author);

    @Message("Accept onto the current text")
    String accept_onto_current();

    @Message("Preview")
    String preview();

    @Message("Back to the standard")
    String back();

    @Message("Comment rounds")
    String comment_rounds();

    @Message("No comment rounds on this standard yet.")
    String no_rounds();

    @Message("closing time {at}")
    String closing_time(String at);

    @Message("{#if count == 1}1 comment{#else}{count} comments{/if}")
    String comment_count(int count);

    @Message("Comments on this clause")
    String comment_history();

    @Message("No comments on this clause in any version.")
    String no_comments();

    @Message("Round")
    String round();

    @Message("Version")
    String version();

    @Message("Clause then")
    String number_then();

    @Message("Comment")
    String comment();

    @Message("Type")
    String comment_type();

    @Message("Author")
    String author();

    @Message("Disposition")
    String disposition();

    @Message("none yet")
    String no_disposition();

    @Message("hidden by a moderator")
    String hidden_by_moderator();

    @Message("Comments this revision answers")
    String answers_comments();

    @Message("Answers")
    String answers();

    @Message("Lines are numbered from 1 in each clause: every paragraph, list item, table row, heading and code block"
            + " is a line, so a comment can cite \"line 3 of clause 4.2\".")
    String lines_hint();

    /** What follows a label, such as "Editors: eli"; French sets it off with a no-break space. */
    @Message(":")
    String colon();

    @Message("Pages of this standard")
    String standard_pages();

    @Message("{#when kind}{#is 'SECTION'}section{#is 'CLAUSE'}clause{#is 'NOTE'}note{#is 'EXAMPLE'}example{#is 'TERM'}term"
            + "{#is 'ANNEX'}annex{#else}{kind}{/when}")
    String kind_name(String kind);

    @Message("{#when type}{#is 'ADDED'}added{#is 'REMOVED'}removed{#is 'MOVED'}moved{#is 'CHANGED'}changed"
            + "{#is 'MOVED_AND_CHANGED'}moved and changed{#else}{type}{/when}")
    String change_type(String type);

    @Message("{#when status}{#is 'OPEN'}open{#is 'ACCEPTED'}accepted{#is 'DECLINED'}declined{#else}{status}{/when}")
    String suggestion_status(String status);

    /** A review comment's type as the commenting template codes it. */
    @Message("{#when type}{#is 'ge'}general{#is 'te'}technical{#is 'ed'}editorial{#else}{type}{/when}")
    String comment_type_name(String type);

    /** A disposition's decision as review records it. */
    @Message("{#when decision}{#is 'ACCEPTED'}accepted{#is 'ACCEPTED_IN_PRINCIPLE'}accepted in principle{#is 'NOTED'}noted"
            + "{#is 'REJECTED'}rejected{#else}{decision}{/when}")
    String decision(String decision);

    @Message("How changes are marked:")
    String legend();

    @Message("inserted text is underlined")
    String legend_inserted();

    @Message("deleted text is struck through")
    String legend_deleted();
}
