package org.accord.notifications.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** What a standard's open page says when someone changes the standard (translations in messages/live_*.properties). */
@MessageBundle("live")
public interface LiveMessages {

    @Message("{#if clause}“{clause}”{#else}A clause{/if} added by {by}")
    String clause_added(String clause, String by);

    @Message("{#if clause}“{clause}”{#else}A clause{/if} revised by {by}")
    String clause_revised(String clause, String by);

    @Message("A clause moved by {by}")
    String clause_moved(String by);

    @Message("A clause removed by {by}")
    String clause_removed(String by);

    @Message("A change suggested by {by}")
    String suggestion_made(String by);

    @Message("A suggestion accepted by {by}")
    String suggestion_accepted(String by);

    @Message("A suggestion declined by {by}")
    String suggestion_declined(String by);

    @Message("{label} published by {by}")
    String version_published(String label, String by);

    @Message("Stage changed to {stage} by {by}")
    String stage_changed(String stage, String by);

    /** The link that shows the page again with the change. */
    @Message("Show")
    String show();
}
