package org.accord.notifications.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.accord.notifications.internal.app.NeedsQueries;
import org.accord.notifications.internal.persistence.NeedsRows;
import org.accord.platform.i18n.RequestLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The home page. A member sees what needs them ("Needs you") and the latest activity on the standards they follow; a
 * visitor sees what Accord is and how to sign in.
 */
@Path("/")
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(NeedsQueries.Needs needs, List<ActivityView> activity);
    }

    /** One line of activity on a followed standard, in the reader's words. */
    public record ActivityView(Instant at, UUID standardId, String reference, String text) {
    }

    private final NeedsQueries queries;
    private final Viewer viewer;
    private final NoticeText text;
    private final RequestLanguage language;

    HomePage(NeedsQueries queries, Viewer viewer, NoticeText text, RequestLanguage language) {
        this.queries = queries;
        this.viewer = viewer;
        this.text = text;
        this.language = language;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        if (!viewer.isMember() || viewer.memberId() == null) {
            return Templates.home(null, List.of());
        }
        NeedsQueries.Needs needs = queries.of(viewer.memberId(), viewer.person());
        return Templates.home(needs, needs.activity().stream().map(this::activity).toList());
    }

    private ActivityView activity(NeedsRows.Activity activity) {
        return new ActivityView(activity.at(), activity.standardId(), activity.reference(),
                text.activity(activity.kind(), activity.paramsJson(), language.locale()));
    }
}
