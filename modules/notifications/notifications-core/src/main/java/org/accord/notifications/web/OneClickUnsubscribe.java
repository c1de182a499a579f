package org.accord.notifications.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.accord.notifications.internal.app.EmailPreferences;
import org.accord.notifications.internal.app.MailComposer;
import org.accord.platform.errors.RuleViolation;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The POST of an unsubscribe link (RFC 8058 one-click, sent by mail clients with neither session nor CSRF token, and by
 * the button of the unsubscribe page): the link's signature authorises it. It is a route of its own because
 * quarkus-rest-csrf checks every form POST that reaches Quarkus REST and has no per-path exemption. After the change,
 * the request continues as a GET of the same address, whose page says what the member no longer receives; a forged or
 * altered link changes nothing and that page refuses it.
 */
@ApplicationScoped
class OneClickUnsubscribe {

    private final EmailPreferences preferences;

    OneClickUnsubscribe(EmailPreferences preferences) {
        this.preferences = preferences;
    }

    void install(@Observes Router router) {
        router.post(MailComposer.UNSUBSCRIBE_PATH).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                .handler(this::unsubscribe);
    }

    private void unsubscribe(RoutingContext context) {
        String token = context.request().getParam("token");
        context.vertx().executeBlocking(() -> {
            try {
                preferences.unsubscribe(token);
            } catch (RuleViolation refused) {
                // The page of the GET says why.
            }
            return null;
        }, false).onComplete(done -> {
            if (done.failed()) {
                context.fail(done.cause());
            } else {
                context.reroute(HttpMethod.GET, context.request().uri());
            }
        });
    }
}
