package org.accord.notifications.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.accord.notifications.internal.app.EmailPreferences;
import org.accord.notifications.internal.app.MailComposer;
import org.accord.notifications.internal.domain.UnsubscribeToken;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The page of an e-mail's unsubscribe link: a button that confirms, or, once done, what the member no longer receives.
 * The link's signature is its authority, so no session is needed. The button's POST, which mail clients also send on
 * their own (RFC 8058 one-click), is {@link OneClickUnsubscribe}.
 */
@Path(MailComposer.UNSUBSCRIBE_PATH)
@Produces(MediaType.TEXT_HTML)
public class UnsubscribePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance unsubscribe(String token, String kind, boolean unsubscribed);
    }

    private final EmailPreferences preferences;

    UnsubscribePages(EmailPreferences preferences) {
        this.preferences = preferences;
    }

    @GET
    @PermitAll
    public TemplateInstance unsubscribe(@RestQuery String token) {
        UnsubscribeToken read = preferences.read(token);
        return Templates.unsubscribe(token, read.kind().map(Enum::name).orElse(null),
                preferences.isUnsubscribed(read));
    }
}
