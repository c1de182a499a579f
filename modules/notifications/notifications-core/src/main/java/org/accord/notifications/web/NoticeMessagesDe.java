package org.accord.notifications.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The words of notices in German. */
@Localized("de")
public interface NoticeMessagesDe extends NoticeMessages {

    @Override
    @Message("Eine Abstimmung ist eröffnet: {title}")
    String ballot_opened_title(String title);

    @Override
    @Message("Sie können bis {closesAt} abstimmen.")
    String ballot_opened_line(String closesAt);

    @Override
    @Message("Eine Abstimmung endet bald: {title}")
    String ballot_closing_title(String title);

    @Override
    @Message("Sie haben noch nicht abgestimmt; die Abstimmung endet {closesAt}.")
    String ballot_closing_line(String closesAt);

    @Override
    @Message("Eine Abstimmung ist beendet: {title}")
    String ballot_closed_title(String title);

    @Override
    @Message("{#when outcome}{#is 'PASSED'}Die Abstimmung ist angenommen.{#is 'FAILED'}Die Abstimmung ist nicht angenommen.{#else}Die Abstimmung wurde abgebrochen.{/when}")
    String ballot_closed_line(String outcome);

    @Override
    @Message("Eine Kommentarrunde zu {reference} ist eröffnet: {title}")
    String round_opened_title(String reference, String title);

    @Override
    @Message("Kommentare zu {label} sind bis {closesAt} möglich.")
    String round_opened_line(String label, String closesAt);

    @Override
    @Message("Eine Kommentarrunde endet bald: {title}")
    String round_closing_title(String title);

    @Override
    @Message("Die Runde zu {reference} endet {closesAt}.")
    String round_closing_line(String reference, String closesAt);

    @Override
    @Message("Ihr Kommentar zu {reference} wurde beschieden")
    String comment_disposed_title(String reference);

    @Override
    @Message("Bescheid: {disposition}.")
    String comment_disposed_line(String disposition);

    @Override
    @Message("{#when code}{#is 'ACCEPTED'}angenommen{#is 'ACCEPTED_IN_PRINCIPLE'}grundsätzlich angenommen{#is 'NOTED'}zur Kenntnis genommen{#is 'REJECTED'}abgelehnt{#else}{code}{/when}")
    String disposition(String code);

    @Override
    @Message("Über Ihren Vorschlag zu {reference} wurde entschieden")
    String suggestion_decided_title(String reference);

    @Override
    @Message("{#if accepted}Die Redaktion hat Ihren Vorschlag angenommen.{#else}Die Redaktion hat Ihren Vorschlag abgelehnt.{/if}")
    String suggestion_decided_line(boolean accepted);

    @Override
    @Message("{reference} hat eine neue Stufe erreicht")
    String stage_changed_title(String reference);

    @Override
    @Message("{title}: von {from} zu {to}.")
    String stage_changed_line(String title, String from, String to);

    @Override
    @Message("{#when code}{#is 'WORKING_DRAFT'}Arbeitsentwurf{#is 'COMMITTEE_DRAFT'}Komiteeentwurf{#is 'CONSENSUS_DRAFT'}Konsensentwurf{#is 'APPROVED'}genehmigt{#is 'PUBLISHED'}veröffentlicht{#is 'WITHDRAWN'}zurückgezogen{#else}{code}{/when}")
    String stage(String code);

    @Override
    @Message("Eine Liaison-Antwort ist fällig: {title}")
    String liaison_reply_due_title(String title);

    @Override
    @Message("{addressee} soll bis {replyDue} antworten.")
    String liaison_reply_due_line(String addressee, String replyDue);

    @Override
    @Message("Ein Ausgewogenheitsalarm wurde ausgelöst")
    String balance_alert_title();

    @Override
    @Message("Die Regel „{rule}“ ist nicht erfüllt.")
    String balance_alert_line(String rule);

    @Override
    @Message("Ihre Mitgliedschaft hat sich geändert")
    String membership_changed_title();

    @Override
    @Message("{#when change}{#is 'ADMITTED'}Sie wurden in die Arbeitsgruppe aufgenommen.{#is 'ROLES'}Ihre Rollen sind jetzt: {detail}.{#is 'VOTING_RIGHTS'}{#if detail == 'true'}Sie haben jetzt Stimmrecht.{#else}Sie haben kein Stimmrecht mehr.{/if}{#is 'SUSPENDED'}Ihre Mitgliedschaft ist ausgesetzt.{#is 'REINSTATED'}Ihre Mitgliedschaft ist wiederhergestellt.{#is 'GROUP'}Sie gehören jetzt zur Interessengruppe {detail}.{#else}{change}{/when}")
    String membership_changed_line(String change, String detail);
}
