package org.accord.notifications.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.accord.notifications.internal.app.Following;
import org.accord.notifications.internal.app.NoticeInbox;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.platform.security.Roles;
import org.accord.platform.web.Page;
import org.accord.platform.web.PageParams;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The inbox and the follow button of a standard's page, a fragment that page loads with htmx; every form also works
 * without it.
 */
@Path("/notifications")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.MEMBER)
public class NotificationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(List<NoticeView> notices, String older);

        static native TemplateInstance follow(UUID standardId, boolean following);
    }

    private final Inboxes inboxes;
    private final NoticeInbox inbox;
    private final Following following;
    private final Viewer viewer;

    NotificationPages(Inboxes inboxes, NoticeInbox inbox, Following following, Viewer viewer) {
        this.inboxes = inboxes;
        this.inbox = inbox;
        this.following = following;
        this.viewer = viewer;
    }

    @GET
    public TemplateInstance inbox(@BeanParam PageParams params) {
        Page<NoticeView> page = inboxes.page(params).getEntity();
        return Templates.inbox(page.items(),
                page.nextCursor() == null ? null : "/notifications?cursor=" + page.nextCursor());
    }

    @POST
    @Path("{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markRead(@RestPath UUID id) {
        inbox.markRead(viewer.memberId(), id);
        return Response.seeOther(URI.create("/notifications")).build();
    }

    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markAllRead() {
        inbox.markAllRead(viewer.memberId());
        return Response.seeOther(URI.create("/notifications")).build();
    }

    /** The follow button of a standard's page. */
    @GET
    @Path("follows/{standardId}")
    public TemplateInstance follow(@RestPath UUID standardId) {
        return Templates.follow(standardId, following.follows(viewer.memberId(), standardId));
    }

    /** Follows or stops following; htmx swaps the button, a plain form goes back to the standard. */
    @POST
    @Path("follows/{standardId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@RestPath UUID standardId, @RestForm String following,
            @HeaderParam("HX-Request") String htmx) {
        boolean follows = this.following.choose(Follows.member(viewer), standardId, Follows.choice(following));
        if (htmx != null) {
            return Response.ok(Templates.follow(standardId, follows)).build();
        }
        return Response.seeOther(URI.create("/standards/" + standardId)).build();
    }

    /** How the page and the API read a choice to follow, and whose it is. */
    static final class Follows {

        private Follows() {
        }

        static boolean choice(String following) {
            if (!"true".equals(following) && !"false".equals(following)) {
                throw RuleViolation.invalid("following", Text.of("notifications.following_choice"));
            }
            return Boolean.parseBoolean(following);
        }

        static UUID member(Viewer viewer) {
            UUID memberId = viewer.memberId();
            if (memberId == null) {
                throw RuleViolation.conflict(null, Text.of("notifications.not_known_yet"));
            }
            return memberId;
        }
    }
}
