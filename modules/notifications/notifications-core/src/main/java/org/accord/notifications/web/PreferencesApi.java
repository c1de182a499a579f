package org.accord.notifications.web;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.accord.notifications.internal.app.EmailPreferences;
import org.accord.platform.security.Roles;
import org.accord.platform.web.FormResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in member's e-mail settings over JSON, as the settings page shows and changes them. */
@Path("/api/notifications/preferences")
@Produces(MediaType.APPLICATION_JSON)
public class PreferencesApi {

    /**
     * @param language
     *            en, fr or de; null (or left out) for the language of the member's profile
     * @param timeZone
     *            a zone id such as Europe/Paris; null (or left out) for the time zone of the member's profile
     * @param deliveries
     *            by kind of notice: IMMEDIATE, DIGEST or OFF; a kind left out keeps its delivery
     */
    public record Preferences(String language, String timeZone, Map<String, String> deliveries) {
    }

    private final EmailPreferences preferences;
    private final SecurityIdentity identity;

    PreferencesApi(EmailPreferences preferences, SecurityIdentity identity) {
        this.preferences = preferences;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Your e-mail language, time zone (null: those of your profile) and delivery of each kind of"
            + " notice")
    public Preferences preferences() {
        return json(preferences.view(member()));
    }

    @PUT
    @RolesAllowed(Roles.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change your e-mail language, time zone (null: those of your profile) and delivery of each"
            + " kind of notice")
    public Preferences change(Preferences body) {
        Preferences change = FormResponses.required(body);
        return json(preferences.change(member(), change.language(), change.timeZone(),
                change.deliveries() == null ? Map.of() : change.deliveries()));
    }

    private java.util.UUID member() {
        return preferences.memberWithUsername(identity.getPrincipal().getName());
    }

    private static Preferences json(EmailPreferences.View view) {
        Map<String, String> deliveries = new java.util.LinkedHashMap<>();
        view.deliveries().forEach((kind, delivery) -> deliveries.put(kind.name(), delivery.name()));
        return new Preferences(view.language(), view.timeZone(), deliveries);
    }
}
