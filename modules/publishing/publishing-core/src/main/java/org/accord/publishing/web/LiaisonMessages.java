package org.accord.publishing.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Interface strings of the liaison statement pages in English; French and German in
 * messages/liaison_&lt;lang&gt;.properties.
 */
@MessageBundle("liaison")
public interface LiaisonMessages {

    @Message("Liaison statements")
    String title();

    @Message("Exports")
    String exports();

    @Message("Statements the group sent to GPAI and other bodies, with the signed bundles they carried and the replies"
            + " received.")
    String intro();

    @Message("No liaison statement has been recorded yet.")
    String none();

    @Message("Sent")
    String sent();

    @Message("Addressee")
    String addressee();

    @Message("Subject")
    String subject();

    @Message("Reply due")
    String reply_due();

    @Message("Replies")
    String replies();

    @Message("overdue")
    String overdue();

    @Message("no reply asked for")
    String no_reply_asked();

    @Message("Record a statement")
    String record();

    @Message("Body (Markdown)")
    String body();

    @Message("Signed bundles attached")
    String bundles();

    @Message("No signed bundle has been built yet.")
    String no_bundles();

    @Message("{reference} {label}, signed {at}")
    String bundle(String reference, String label, String at);

    @Message("Reply due on (today or later; empty when no reply is asked for)")
    String reply_due_hint();

    @Message("Record the statement")
    String submit();

    @Message("Sent to {addressee} by {by} on {at}")
    String sent_by(String addressee, String by, String at);

    @Message("The reply was due on {date} and has not been received.")
    String overdue_notice(String date);

    @Message("A reply is due on {date}.")
    String due_notice(String date);

    @Message("Attached bundles")
    String attached();

    @Message("No bundle was attached.")
    String none_attached();

    @Message("No reply has been recorded yet.")
    String no_replies();

    @Message("Received on {date}: {summary}")
    String reply_heading(String date, String summary);

    @Message("recorded by {by} on {at}")
    String recorded_by(String by, String at);

    @Message("Record a reply")
    String record_reply();

    @Message("Received on")
    String received();

    @Message("Summary")
    String summary();

    @Message("Reply (Markdown, optional)")
    String reply_body();

    @Message("Record the reply")
    String submit_reply();

    @Message("Back to the statements")
    String back();
}
