package org.accord.notifications.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.accord.notifications.internal.app.EmailPreferences;
import org.accord.notifications.internal.domain.NoticeKind;
import org.accord.platform.i18n.Languages;
import org.accord.platform.security.Roles;
import org.accord.platform.web.FormResponses;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The signed-in member's e-mail settings: language and time zone (or those of their profile), and per kind of notice at
 * once, digest or off.
 */
@Path("/notifications/settings")
@Produces(MediaType.TEXT_HTML)
public class EmailSettingsPages {

    private static final List<String> LANGUAGES = Languages.SUPPORTED.stream().map(Locale::getLanguage).toList();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(EmailPreferences.View view, List<NoticeKind> kinds,
                List<String> languages, boolean saved, Map<String, String> errors);
    }

    private final EmailPreferences preferences;
    private final SecurityIdentity identity;

    EmailSettingsPages(EmailPreferences preferences, SecurityIdentity identity) {
        this.preferences = preferences;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.MEMBER)
    public TemplateInstance settings(@RestQuery boolean saved) {
        return page(saved, Map.of());
    }

    @POST
    @RolesAllowed(Roles.MEMBER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(MultivaluedMap<String, String> form) {
        Map<String, String> deliveries = new LinkedHashMap<>();
        Arrays.stream(NoticeKind.values()).map(Enum::name).filter(form::containsKey)
                .forEach(kind -> deliveries.put(kind, form.getFirst(kind)));
        return FormResponses.submit(() -> preferences.change(member(), form.getFirst("language"),
                form.getFirst("timeZone"), deliveries), "/notifications/settings?saved=true",
                errors -> page(false, errors));
    }

    private TemplateInstance page(boolean saved, Map<String, String> errors) {
        return Templates.settings(preferences.view(member()), List.of(NoticeKind.values()), LANGUAGES, saved, errors);
    }

    private java.util.UUID member() {
        return preferences.memberWithUsername(identity.getPrincipal().getName());
    }
}
