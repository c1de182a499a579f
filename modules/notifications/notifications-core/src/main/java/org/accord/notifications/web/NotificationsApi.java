package org.accord.notifications.web;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.accord.notifications.internal.app.Following;
import org.accord.notifications.internal.app.NoticeInbox;
import org.accord.notifications.internal.persistence.StandardRows;
import org.accord.platform.security.Roles;
import org.accord.platform.web.Page;
import org.accord.platform.web.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** The signed-in member's notices, counts and follows as JSON. */
@Path("/api/notifications")
@Tag(name = "Notifications")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER)
public class NotificationsApi {

    public record Counts(long unread, long needsYou) {
    }

    public record Marked(int marked) {
    }

    public record Follow(UUID standardId, boolean following) {
    }

    private final Inboxes inboxes;
    private final NoticeInbox inbox;
    private final Following following;
    private final NeedsCounts counts;
    private final Viewer viewer;

    NotificationsApi(Inboxes inboxes, NoticeInbox inbox, Following following, NeedsCounts counts, Viewer viewer) {
        this.inboxes = inboxes;
        this.inbox = inbox;
        this.following = following;
        this.counts = counts;
        this.viewer = viewer;
    }

    @GET
    @Operation(summary = "Your notices, newest first, worded in your language (en, fr or de: your profile's, else the"
            + " accord-language cookie's, else Accept-Language's) and your time zone; times are UTC")
    public RestResponse<Page<NoticeView>> notices(@BeanParam PageParams params) {
        return inboxes.page(params);
    }

    @POST
    @Path("{id}/read")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Mark one of your notices read; another member's notice is not found")
    public void markRead(@RestPath UUID id) {
        inbox.markRead(viewer.memberId(), id);
    }

    @POST
    @Path("read")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Mark all your notices read")
    public Marked markAllRead() {
        return new Marked(inbox.markAllRead(viewer.memberId()));
    }

    @GET
    @Path("counts")
    @Operation(summary = "Your unread notices and the items waiting on you (the home page's \"Needs you\")")
    public Counts counts() {
        return new Counts(counts.unread(), counts.needsYou());
    }

    @GET
    @Path("follows")
    @Operation(summary = "The standards you follow")
    public List<StandardRows.Followed> follows() {
        return following.followed(viewer.memberId());
    }

    @PUT
    @Path("follows/{standardId}")
    @Operation(summary = "Follow a standard: hear of its comment rounds, ballots and stage changes")
    public Follow follow(@RestPath UUID standardId) {
        return new Follow(standardId,
                following.choose(NotificationPages.Follows.member(viewer), standardId, true));
    }

    @DELETE
    @Path("follows/{standardId}")
    @Operation(summary = "Stop following a standard; editing or commenting on it later does not follow it again")
    public Follow unfollow(@RestPath UUID standardId) {
        return new Follow(standardId,
                following.choose(NotificationPages.Follows.member(viewer), standardId, false));
    }
}
