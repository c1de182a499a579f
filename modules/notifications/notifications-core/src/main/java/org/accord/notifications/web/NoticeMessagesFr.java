package org.accord.notifications.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The words of notices in French. */
@Localized("fr")
public interface NoticeMessagesFr extends NoticeMessages {

    @Override
    @Message("Un scrutin est ouvert : {title}")
    String ballot_opened_title(String title);

    @Override
    @Message("Vous pouvez voter jusqu’au {closesAt}.")
    String ballot_opened_line(String closesAt);

    @Override
    @Message("Un scrutin se clôt bientôt : {title}")
    String ballot_closing_title(String title);

    @Override
    @Message("Vous n’avez pas encore voté ; le scrutin se clôt le {closesAt}.")
    String ballot_closing_line(String closesAt);

    @Override
    @Message("Un scrutin est terminé : {title}")
    String ballot_closed_title(String title);

    @Override
    @Message("{#when outcome}{#is 'PASSED'}Le scrutin est adopté.{#is 'FAILED'}Le scrutin n’est pas adopté.{#else}Le scrutin a été annulé.{/when}")
    String ballot_closed_line(String outcome);

    @Override
    @Message("Un tour de commentaires est ouvert sur {reference} : {title}")
    String round_opened_title(String reference, String title);

    @Override
    @Message("Les commentaires sur {label} sont ouverts jusqu’au {closesAt}.")
    String round_opened_line(String label, String closesAt);

    @Override
    @Message("Un tour de commentaires se clôt bientôt : {title}")
    String round_closing_title(String title);

    @Override
    @Message("Le tour sur {reference} se clôt le {closesAt}.")
    String round_closing_line(String reference, String closesAt);

    @Override
    @Message("Votre commentaire sur {reference} a reçu une suite")
    String comment_disposed_title(String reference);

    @Override
    @Message("Suite donnée : {disposition}.")
    String comment_disposed_line(String disposition);

    @Override
    @Message("{#when code}{#is 'ACCEPTED'}accepté{#is 'ACCEPTED_IN_PRINCIPLE'}accepté sur le principe{#is 'NOTED'}pris en note{#is 'REJECTED'}rejeté{#else}{code}{/when}")
    String disposition(String code);

    @Override
    @Message("Votre suggestion sur {reference} a été tranchée")
    String suggestion_decided_title(String reference);

    @Override
    @Message("{#if accepted}Les éditeurs ont accepté votre suggestion.{#else}Les éditeurs ont refusé votre suggestion.{/if}")
    String suggestion_decided_line(boolean accepted);

    @Override
    @Message("{reference} change de stade")
    String stage_changed_title(String reference);

    @Override
    @Message("{title} : de {from} à {to}.")
    String stage_changed_line(String title, String from, String to);

    @Override
    @Message("{#when code}{#is 'WORKING_DRAFT'}projet de travail{#is 'COMMITTEE_DRAFT'}projet de comité{#is 'CONSENSUS_DRAFT'}projet de consensus{#is 'APPROVED'}approuvé{#is 'PUBLISHED'}publié{#is 'WITHDRAWN'}retiré{#else}{code}{/when}")
    String stage(String code);

    @Override
    @Message("Une réponse de liaison est attendue : {title}")
    String liaison_reply_due_title(String title);

    @Override
    @Message("{addressee} doit répondre d’ici le {replyDue}.")
    String liaison_reply_due_line(String addressee, String replyDue);

    @Override
    @Message("Une alerte d’équilibre a été levée")
    String balance_alert_title();

    @Override
    @Message("La règle « {rule} » n’est pas respectée.")
    String balance_alert_line(String rule);

    @Override
    @Message("Votre adhésion a changé")
    String membership_changed_title();

    @Override
    @Message("{#when change}{#is 'ADMITTED'}Vous avez été admis dans le groupe de travail.{#is 'ROLES'}Vos rôles sont désormais : {detail}.{#is 'VOTING_RIGHTS'}{#if detail == 'true'}Vous avez désormais le droit de vote.{#else}Vous n’avez plus le droit de vote.{/if}{#is 'SUSPENDED'}Votre adhésion est suspendue.{#is 'REINSTATED'}Votre adhésion est rétablie.{#is 'GROUP'}Vous faites désormais partie du groupe de parties prenantes {detail}.{#else}{change}{/when}")
    String membership_changed_line(String change, String detail);
}
