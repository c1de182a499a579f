package org.accord.notifications.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of each kind of notice, {@code <kind>_title} and {@code <kind>_line}, given the name of what the notice is
 * about ({@code subject}); translations in messages/notices_&lt;lang&gt;.properties.
 */
@MessageBundle("notices")
public interface NoticeMessages {

    @Message("Ballot open: {subject}")
    String ballot_opened_title(String subject);

    @Message("A ballot you may vote in is open. Cast your vote before it closes.")
    String ballot_opened_line(String subject);

    @Message("Ballot closing soon: {subject}")
    String ballot_closing_title(String subject);

    @Message("This ballot closes within a day and you have not voted yet.")
    String ballot_closing_line(String subject);

    @Message("Ballot closed: {subject}")
    String ballot_closed_title(String subject);

    @Message("The ballot has closed; its result is published.")
    String ballot_closed_line(String subject);

    @Message("Comment round open: {subject}")
    String round_opened_title(String subject);

    @Message("A comment round is open on a standard you follow.")
    String round_opened_line(String subject);

    @Message("Comment round closing soon: {subject}")
    String round_closing_title(String subject);

    @Message("This comment round closes within a day.")
    String round_closing_line(String subject);

    @Message("Your comment was disposed: {subject}")
    String comment_disposed_title(String subject);

    @Message("The moderator recorded a disposition of your comment.")
    String comment_disposed_line(String subject);

    @Message("Your suggestion was decided: {subject}")
    String suggestion_decided_title(String subject);

    @Message("An editor accepted or declined your suggestion.")
    String suggestion_decided_line(String subject);

    @Message("Stage changed: {subject}")
    String stage_changed_title(String subject);

    @Message("A standard you follow moved to another stage.")
    String stage_changed_line(String subject);

    @Message("Liaison reply due: {subject}")
    String liaison_reply_due_title(String subject);

    @Message("A reply to a liaison statement is due within three days.")
    String liaison_reply_due_line(String subject);

    @Message("Balance alert: {subject}")
    String balance_alert_title(String subject);

    @Message("A stakeholder balance rule is no longer met.")
    String balance_alert_line(String subject);

    @Message("Your membership changed: {subject}")
    String membership_changed_title(String subject);

    @Message("Something about your membership of the working group changed.")
    String membership_changed_line(String subject);
}
