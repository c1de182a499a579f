package org.accord.notifications.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of notices, in English; messages/notices_fr.properties and notices_de.properties translate them. Read by
 * {@link NoticeText}, for the inbox as for e-mails, and by the home page for the codes it shows.
 */
@MessageBundle("notices")
public interface NoticeMessages {

    @Message("A ballot is open: {title}")
    String ballot_opened_title(String title);

    @Message("You may vote until {closesAt}.")
    String ballot_opened_line(String closesAt);

    @Message("A ballot closes soon: {title}")
    String ballot_closing_title(String title);

    @Message("You have not voted yet; the ballot closes at {closesAt}.")
    String ballot_closing_line(String closesAt);

    @Message("A ballot has ended: {title}")
    String ballot_closed_title(String title);

    @Message("{#when outcome}{#is 'PASSED'}The ballot passed.{#is 'FAILED'}The ballot did not pass.{#else}The ballot was cancelled.{/when}")
    String ballot_closed_line(String outcome);

    @Message("A comment round is open on {reference}: {title}")
    String round_opened_title(String reference, String title);

    @Message("Comments on {label} are open until {closesAt}.")
    String round_opened_line(String label, String closesAt);

    @Message("A comment round closes soon: {title}")
    String round_closing_title(String title);

    @Message("The round on {reference} closes at {closesAt}.")
    String round_closing_line(String reference, String closesAt);

    @Message("Your comment on {reference} has a disposition")
    String comment_disposed_title(String reference);

    @Message("Disposition: {disposition}.")
    String comment_disposed_line(String disposition);

    @Message("{#when code}{#is 'ACCEPTED'}accepted{#is 'ACCEPTED_IN_PRINCIPLE'}accepted in principle{#is 'NOTED'}noted{#is 'REJECTED'}rejected{#else}{code}{/when}")
    String disposition(String code);

    @Message("Your suggestion on {reference} was decided")
    String suggestion_decided_title(String reference);

    @Message("{#if accepted}The editors accepted your suggestion.{#else}The editors declined your suggestion.{/if}")
    String suggestion_decided_line(boolean accepted);

    @Message("{reference} moved to a new stage")
    String stage_changed_title(String reference);

    @Message("{title}: from {from} to {to}.")
    String stage_changed_line(String title, String from, String to);

    @Message("{#when code}{#is 'WORKING_DRAFT'}working draft{#is 'COMMITTEE_DRAFT'}committee draft{#is 'CONSENSUS_DRAFT'}consensus draft{#is 'APPROVED'}approved{#is 'PUBLISHED'}published{#is 'WITHDRAWN'}withdrawn{#else}{code}{/when}")
    String stage(String code);

    @Message("A liaison reply is due: {title}")
    String liaison_reply_due_title(String title);

    @Message("{addressee} is due to reply by {replyDue}.")
    String liaison_reply_due_line(String addressee, String replyDue);

    @Message("A balance alert was raised")
    String balance_alert_title();

    @Message("The rule “{rule}” does not hold.")
    String balance_alert_line(String rule);

    /** A balance rule by its kind and threshold; by its id when stakeholders worded it in a way not known here. */
    @Message("{#when kind}{#is 'MAX_GROUP_SHARE'}No stakeholder group above {threshold}% of voting members{#is 'MIN_SIDE_SHARE'}Each side (US, EU) at least {threshold}% of voting members{#else}{ruleId}{/when}")
    String balance_rule(String kind, String threshold, String ruleId);

    @Message("Your membership changed")
    String membership_changed_title();

    @Message("{#when change}{#is 'ADMITTED'}You were admitted to the working group.{#is 'ROLES'}Your roles are now: {detail}.{#is 'VOTING_RIGHTS'}{#if detail == 'true'}You now have voting rights.{#else}You no longer have voting rights.{/if}{#is 'SUSPENDED'}Your membership is suspended.{#is 'REINSTATED'}Your membership is reinstated.{#is 'GROUP'}You are now in the stakeholder group {detail}.{#else}{change}{/when}")
    String membership_changed_line(String change, String detail);

    @Message("{#when role}{#is 'member'}member{#is 'editor'}editor{#is 'moderator'}moderator{#is 'liaison'}liaison{#is 'admin'}administrator{#else}{role}{/when}")
    String role(String role);
}
