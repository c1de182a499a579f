package org.accord.platform.i18n;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;

import org.accord.platform.i18n.LanguagePreferences.Preferences;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * The language and time zone of the current request. The language is the one chosen with the shell's switch: from the
 * member's profile when they are signed in and chose one, else from the cookie the switch sets, else the first
 * supported language the browser accepts, else English. The time zone is the member's, else UTC.
 */
@RequestScoped
@Unremovable
public class RequestLanguage {

    /** The cookie the language switch sets, for people who are signed out or not members. */
    public static final String COOKIE = "accord-language";

    private final CurrentVertxRequest request;
    private final Instance<SecurityIdentity> identity;
    private final Instance<LanguagePreferences> preferences;

    private Locale locale;
    private ZoneId zone;

    RequestLanguage(CurrentVertxRequest request, Instance<SecurityIdentity> identity,
            Instance<LanguagePreferences> preferences) {
        this.request = request;
        this.identity = identity;
        this.preferences = preferences;
    }

    /** The current request's language, or English where there is no request (a consumer, a timer). */
    public static Locale current() {
        return Arc.container().requestContext().isActive()
                ? Arc.container().instance(RequestLanguage.class).get().locale()
                : Languages.DEFAULT;
    }

    /** The current request's time zone, or UTC where there is no request. */
    public static ZoneId currentZone() {
        return Arc.container().requestContext().isActive()
                ? Arc.container().instance(RequestLanguage.class).get().zone()
                : Languages.UTC;
    }

    public Locale locale() {
        if (locale == null) {
            resolve();
        }
        return locale;
    }

    public ZoneId zone() {
        if (zone == null) {
            resolve();
        }
        return zone;
    }

    private void resolve() {
        Optional<Preferences> member = member();
        zone = member.map(Preferences::zone).orElse(Languages.UTC);
        RoutingContext context = request.getCurrent();
        locale = member.flatMap(Preferences::language)
                .orElseGet(() -> context == null ? Languages.DEFAULT : withoutProfile(context));
    }

    /**
     * The signed-in member's preferences. A refusal answered on the I/O thread (a missing or failed sign-in) can
     * neither resolve the identity nor read the profile there; it goes by the cookie and the browser, as does a failed
     * sign-in.
     */
    private Optional<Preferences> member() {
        if (!preferences.isResolvable() || !identity.isResolvable() || !BlockingOperationControl.isBlockingAllowed()) {
            return Optional.empty();
        }
        try {
            SecurityIdentity who = identity.get();
            return who.isAnonymous() ? Optional.empty() : preferences.get().of(who.getPrincipal().getName());
        } catch (AuthenticationFailedException failed) {
            return Optional.empty();
        }
    }

    /**
     * The language of a request whoever sent it: the switch's cookie, else the browser's first supported language, else
     * English. Also for refusals answered before a request reaches the application.
     */
    public static Locale withoutProfile(RoutingContext context) {
        return fromCookie(context).or(() -> fromBrowser(context)).orElse(Languages.DEFAULT);
    }

    private static Optional<Locale> fromCookie(RoutingContext context) {
        Cookie cookie = context.request().getCookie(COOKIE);
        return cookie == null ? Optional.empty() : Languages.find(cookie.getValue());
    }

    private static Optional<Locale> fromBrowser(RoutingContext context) {
        List<Locale> accepted = context.acceptableLanguages().stream()
                .map(language -> Locale.forLanguageTag(language.tag())).toList();
        return Languages.firstAccepted(accepted);
    }
}
