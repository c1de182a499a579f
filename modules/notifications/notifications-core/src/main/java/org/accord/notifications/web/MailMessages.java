package org.accord.notifications.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Interface strings of e-mails, the e-mail settings, unsubscribing and the demo's mail page; translations in
 * messages/mail_&lt;lang&gt;.properties, since each member reads their e-mails in the language they chose.
 */
@MessageBundle("mail")
public interface MailMessages {

    @Message("Hello {name},")
    String greeting(String name);

    @Message("Open in Accord")
    String open();

    @Message("You receive this e-mail because your settings send notices of the kind “{label}” at once.")
    String why_notice(String label);

    @Message("Stop these e-mails")
    String unsubscribe_kind();

    @Message("Stop all e-mails from Accord")
    String unsubscribe_all();

    @Message("Choose which e-mails you receive")
    String change_settings();

    @Message("Accord: {count} {#if count == 1}notice{#else}notices{/if} since your last digest")
    String digest_subject(int count);

    @Message("Here is what happened in the working group since your last digest.")
    String digest_intro();

    @Message("You receive this daily digest because your settings gather these notices in it.")
    String why_digest();

    @Message("{#when kind}{#is 'BALLOT_OPENED'}Ballot opened{#is 'BALLOT_CLOSING'}Ballot closing soon{#is 'BALLOT_CLOSED'}Ballot closed{#is 'ROUND_OPENED'}Comment round opened{#is 'ROUND_CLOSING'}Comment round closing soon{#is 'COMMENT_DISPOSED'}Your comment disposed{#is 'SUGGESTION_DECIDED'}Your suggestion decided{#is 'STAGE_CHANGED'}Stage changed{#is 'LIAISON_REPLY_DUE'}Liaison reply due{#is 'BALANCE_ALERT'}Balance alert{#is 'MEMBERSHIP_CHANGED'}Your membership changed{#else}{kind}{/when}")
    String kind_label(String kind);

    @Message("E-mail settings")
    String settings_title();

    @Message("Choose how each kind of notice reaches you by e-mail: at once, in a daily digest, or not at all. Notices always appear in your inbox.")
    String settings_intro();

    @Message("Language of e-mails")
    String language();

    @Message("As in your profile")
    String language_of_profile();

    /** Each language in its own words, as a language menu offers it. */
    @Message("{#when code}{#is 'en'}English{#is 'fr'}Français{#is 'de'}Deutsch{#else}{code}{/when}")
    String language_name(String code);

    @Message("Time zone of e-mails (their times, and the morning your digest arrives)")
    String time_zone();

    @Message("A zone such as Europe/Paris or America/New_York; leave it empty to use the time zone of your profile.")
    String time_zone_hint();

    @Message("Kind of notice")
    String kind();

    @Message("At once")
    String immediate();

    @Message("Daily digest")
    String digest();

    @Message("Off")
    String off();

    @Message("Save")
    String save();

    @Message("Your e-mail settings are saved.")
    String saved();

    @Message("Unsubscribe")
    String unsubscribe_title();

    @Message("Stop e-mails about “{label}”? Notices stay in your inbox.")
    String unsubscribe_confirm_kind(String label);

    @Message("Stop all e-mails from Accord? Notices stay in your inbox.")
    String unsubscribe_confirm_all();

    @Message("Unsubscribe")
    String unsubscribe_button();

    @Message("You no longer receive e-mails about “{label}”.")
    String unsubscribed_kind(String label);

    @Message("You no longer receive any e-mail from Accord.")
    String unsubscribed_all();

    @Message("Changed your mind? Sign in and choose your e-mails in your settings.")
    String unsubscribed_undo();

    @Message("Demo mail")
    String demo_title();

    @Message("The messages the local SMTP server of the demo received, newest first. In production this page does not exist.")
    String demo_intro();

    @Message("No message yet.")
    String demo_none();

    @Message("To")
    String demo_to();

    @Message("E-mails of notices")
    String demo_queue();

    @Message("Status")
    String demo_status();

    @Message("{#when status}{#is 'PENDING'}waiting{#is 'SENDING'}being sent (left so by a crash if it stays){#is 'SENT'}sent{#is 'FAILED'}given up{#else}{status}{/when}")
    String demo_status_of(String status);

    @Message("Attempts")
    String demo_attempts();

    @Message("Last error")
    String demo_error();

    @Message("The local mailbox does not answer: {detail}")
    String demo_unreachable(String detail);
}
