package org.accord.app.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Interface strings of the web shell; translations live in messages/msg_&lt;lang&gt;.properties. */
@MessageBundle("msg")
public interface ShellMessages {

    /** The language of the page, for the html lang attribute. */
    @Message("en")
    String lang();

    @Message("Accord")
    String app_name();

    @Message("Writing open-source AI governance standards together")
    String app_tagline();

    @Message("Skip to content")
    String skip_to_content();

    @Message("Main navigation")
    String nav_label();

    @Message("Home")
    String nav_home();

    @Message("Members")
    String nav_members();

    @Message("Stakeholder groups")
    String nav_groups();

    @Message("Standards")
    String nav_standards();

    @Message("Comment rounds")
    String nav_reviews();

    @Message("Balance")
    String nav_balance();

    @Message("You are not a member of the working group yet")
    String not_a_member_title();

    @Message("You are signed in as {name}, but you are not a member of the working group yet. An administrator admits new members; once you are admitted, sign out and in again to see the working group's pages.")
    String not_a_member_text(String name);

    @Message("Ballots")
    String nav_ballots();

    @Message("Exports")
    String nav_exports();

    @Message("Transparency")
    String nav_transparency();

    @Message("Sign in")
    String sign_in();

    @Message("Sign out")
    String sign_out();

    @Message("Signed in as {name}")
    String signed_in_as(String name);

    @Message("Your roles")
    String your_roles();

    @Message("Welcome, {name}")
    String welcome(String name);

    @Message("Accord is where the transatlantic working group drafts, reviews and votes on governance standards for open-source AI. Every decision is recorded and traceable.")
    String home_intro();

    @Message("Sign in with your working-group account to draft clauses, comment and vote.")
    String home_sign_in_hint();

    @Message("{#when role}{#is 'member'}Member{#is 'editor'}Editor{#is 'moderator'}Moderator{#is 'liaison'}Liaison{#is 'admin'}Administrator{#else}{role}{/when}")
    String role(String role);

    @Message("Language")
    String language();

    @Message("Change")
    String language_apply();

    /** The name of an error status, as the error page's heading. */
    @Message("{#when status}{#is 400}Bad request{#is 401}Sign-in required{#is 403}Forbidden{#is 404}Not found{#is 405}Method not allowed{#is 406}Not acceptable{#is 409}Conflict{#is 413}Too large{#is 415}Unsupported media type{#is 429}Too many requests{#is 503}Unavailable for now{#else}Error{/when}")
    String status_title(int status);
}
