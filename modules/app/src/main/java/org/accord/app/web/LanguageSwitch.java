package org.accord.app.web;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.LanguagePreferences;
import org.accord.platform.i18n.Languages;
import org.accord.platform.i18n.RequestLanguage;
import org.accord.platform.i18n.Text;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The shell's language switch: remembers the choice in a cookie for this browser and, for a member, in their profile,
 * so that every device they sign in on speaks it; then goes back to the page the switch was on.
 */
@Path("/language")
public class LanguageSwitch {

    private static final int A_YEAR = (int) Duration.ofDays(365).toSeconds();

    private final SecurityIdentity identity;
    private final Instance<LanguagePreferences> preferences;

    LanguageSwitch(SecurityIdentity identity, Instance<LanguagePreferences> preferences) {
        this.identity = identity;
        this.preferences = preferences;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@RestForm String lang, @RestForm String back, @Context UriInfo uri) {
        Locale language = Languages.find(lang)
                .orElseThrow(
                        () -> RuleViolation.invalid("lang", Text.of("app.unknown_language", String.valueOf(lang))));
        if (!identity.isAnonymous() && preferences.isResolvable()) {
            preferences.get().chooseLanguage(identity.getPrincipal().getName(), language);
        }
        NewCookie cookie = new NewCookie.Builder(RequestLanguage.COOKIE).value(language.getLanguage()).path("/")
                .maxAge(A_YEAR).httpOnly(true).sameSite(NewCookie.SameSite.LAX)
                .secure("https".equals(uri.getRequestUri().getScheme())).build();
        return Response.seeOther(URI.create(localPath(back))).cookie(cookie).build();
    }

    /** Only a path on this site: anything else (another site, a scheme, a protocol-relative address) goes home. */
    static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")
                || back.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return "/";
        }
        try {
            URI parsed = URI.create(back);
            return parsed.getScheme() == null && parsed.getAuthority() == null ? back : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
