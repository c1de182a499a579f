package org.accord.notifications.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Interface strings of the inbox, the home page and the follow button. */
@MessageBundle("notifications")
public interface NotificationsMessages {

    @Message("Inbox")
    String inbox();

    @Message("Inbox ({count})")
    String inbox_count(long count);

    @Message("Needs you ({count})")
    String needs_you_count(long count);

    @Message("Your notices, newest first.")
    String inbox_intro();

    @Message("You have no notices.")
    String inbox_empty();

    @Message("Unread")
    String unread();

    @Message("Mark as read")
    String mark_read();

    @Message("Mark all as read")
    String mark_all_read();

    @Message("Older notices")
    String older();

    @Message("Follow this standard")
    String follow();

    @Message("Stop following")
    String unfollow();

    @Message("You follow this standard: you hear of its comment rounds, ballots and stage changes.")
    String following_hint();

    @Message("Needs you")
    String needs_you();

    @Message("Nothing waits on you right now.")
    String needs_nothing();

    @Message("Ballots to vote in")
    String needs_ballots();

    @Message("closes {closesAt}")
    String closes(String closesAt);

    @Message("Open comment rounds on standards you follow")
    String needs_rounds();

    @Message("Your comments")
    String needs_comments();

    @Message("Comment {number} on {round}")
    String comment_on(int number, String round);

    @Message("awaiting disposition")
    String awaiting_disposition();

    @Message("Suggestions awaiting your decision")
    String needs_suggestions();

    @Message("made {madeAt}")
    String made(String madeAt);

    @Message("Stage changes a passed ballot allows")
    String needs_stages();

    @Message("Liaison replies due")
    String needs_replies();

    @Message("{title}: {addressee} by {replyDue}")
    String reply_due(String title, String addressee, String replyDue);

    @Message("Open balance alerts")
    String needs_alerts();

    @Message("Recent activity on standards you follow")
    String activity();

    @Message("Nothing has happened on the standards you follow yet.")
    String activity_none();

    @Message("{#when kind}{#is 'CLAUSE_REVISED'}{by} revised “{heading}”{#is 'SUGGESTION_MADE'}{by} suggested a change{#is 'SUGGESTION_DECIDED'}{#if accepted == 'true'}{by} accepted a suggestion{#else}{by} declined a suggestion{/if}{#is 'VERSION_PUBLISHED'}{by} published {label}{#is 'STAGE_CHANGED'}{by} moved it from {from} to {to}{#is 'ROUND_OPENED'}Comment round “{title}” opened on {label}{#is 'ROUND_CLOSED'}Comment round “{title}” closed{#is 'COMMENTS_DISPOSED'}{#if comments == '1'}1 comment answered{#else}{comments} comments answered{/if}: {disposition}{#is 'BALLOT_OPENED'}Ballot “{title}” opened{#is 'BALLOT_CLOSED'}Ballot “{title}” ended: {outcome}{#else}{kind}{/when}")
    String activity_line(String kind, String by, String heading, String accepted, String label, String from,
            String to, String title, String comments, String disposition, String outcome);

    @Message("{#when outcome}{#is 'PASSED'}passed{#is 'FAILED'}did not pass{#is 'CANCELLED'}cancelled{#else}{outcome}{/when}")
    String outcome(String outcome);
}
