package org.accord.notifications.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.accord.notifications.internal.app.LiveHub;
import org.accord.notifications.internal.app.MemberNames;
import org.accord.notifications.internal.domain.LiveStream;
import org.accord.notifications.internal.domain.LiveUpdate;
import org.accord.notifications.internal.domain.StandardChange;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Languages;
import org.accord.platform.i18n.RequestLanguage;
import org.accord.platform.i18n.Text;
import org.accord.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Server-sent events for open pages: a ballot's, a standard's, a comment round's, and what needs the signed-in member.
 * The events are {@code update}, {@code closed} and {@code reset}; their data is JSON that never carries more than the
 * page shows (a standard's notice in the reader's language). Each event from a topic has the id
 * {@code <partition>-<offset>}, so that the browser's reconnection (with {@code Last-Event-ID}) resumes where it
 * stopped. A comment every {@code accord.live.heartbeat} keeps proxies from closing a quiet connection.
 */
@Path("/live")
@Produces(MediaType.SERVER_SENT_EVENTS)
@RolesAllowed(Roles.MEMBER)
public class LiveStreams {

    private static final String LAST_EVENT_ID = "Last-Event-ID";
    /** How long a browser waits before reconnecting after a break. */
    private static final long RECONNECT_MILLIS = 3_000;

    private final LiveHub hub;
    private final MemberNames names;
    private final SecurityIdentity identity;
    private final RequestLanguage language;
    private final NoticeText text;
    private final ObjectMapper mapper;
    private final Duration heartbeat;

    LiveStreams(LiveHub hub, MemberNames names, SecurityIdentity identity, RequestLanguage language,
            NoticeText text, ObjectMapper mapper,
            @ConfigProperty(name = "accord.live.heartbeat", defaultValue = "15s") Duration heartbeat) {
        this.hub = hub;
        this.names = names;
        this.identity = identity;
        this.language = language;
        this.text = text;
        this.mapper = mapper;
        this.heartbeat = heartbeat;
    }

    @GET
    @Path("ballots/{id}")
    public Multi<OutboundSseEvent> ballot(@RestPath UUID id, @RestHeader(LAST_EVENT_ID) String lastEventId,
            @Context Sse sse) {
        // A ballot's updates carry no words.
        return stream(LiveStream.ballot(id), lastEventId, sse, Languages.DEFAULT);
    }

    /** Blocking: the reader's language may come from their profile, which the event loop must not wait for. */
    @GET
    @Path("standards/{id}")
    @Blocking
    public Multi<OutboundSseEvent> standard(@RestPath UUID id, @RestHeader(LAST_EVENT_ID) String lastEventId,
            @Context Sse sse) {
        return stream(LiveStream.standard(id), lastEventId, sse, language.locale());
    }

    @GET
    @Path("rounds/{id}")
    public Multi<OutboundSseEvent> round(@RestPath UUID id, @RestHeader(LAST_EVENT_ID) String lastEventId,
            @Context Sse sse) {
        // A round's updates carry no words.
        return stream(LiveStream.round(id), lastEventId, sse, Languages.DEFAULT);
    }

    /** Blocking: the member is found by username in the database, which the event loop must not wait for. */
    @GET
    @Path("me")
    @Blocking
    public Multi<OutboundSseEvent> me(@Context Sse sse) {
        UUID member = names.memberIdOf(identity.getPrincipal().getName())
                .orElseThrow(() -> RuleViolation.notFound(Text.of("notifications.not_known_yet")));
        // A member's updates carry no words.
        return stream(LiveStream.member(member), null, sse, Languages.DEFAULT);
    }

    /**
     * The hub's updates for the stream, merged with a first comment (which carries the reconnection delay and tells the
     * client the stream is attached) and the heartbeats. The hub's updates are subscribed to first, so nothing
     * published after that comment is missed. A connection the hub ends for falling behind just ends: its page
     * reconnects and resumes.
     */
    private Multi<OutboundSseEvent> stream(LiveStream stream, String lastEventId, Sse sse, Locale locale) {
        Multi<OutboundSseEvent> updates = hub.connect(stream, lastEventId).map(update -> event(sse, update, locale));
        Multi<OutboundSseEvent> attached = Multi.createFrom()
                .item(() -> sse.newEventBuilder().comment("live").reconnectDelay(RECONNECT_MILLIS).build());
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(heartbeat)
                .map(tick -> sse.newEventBuilder().comment("heartbeat").build());
        return Multi.createBy().merging().streams(updates, Multi.createBy().concatenating().streams(attached,
                heartbeats)).onFailure().recoverWithCompletion();
    }

    private OutboundSseEvent event(Sse sse, LiveUpdate update, Locale locale) {
        Map<String, String> data = new LinkedHashMap<>();
        update.standardChange().ifPresent(change -> {
            LiveMessages words = LocalizedBundles.in(LiveMessages.class, locale);
            data.put("text", wording(change, words, locale));
            data.put("show", words.show());
        });
        OutboundSseEvent.Builder event = sse.newEventBuilder().name(update.event().wireName()).data(String.class,
                json(data));
        update.at().ifPresent(position -> event.id(position.id()));
        return event.build();
    }

    private String wording(StandardChange change, LiveMessages words, Locale locale) {
        return switch (change.kind()) {
            case CLAUSE_ADDED -> words.clause_added(change.subject(), change.by());
            case CLAUSE_REVISED -> words.clause_revised(change.subject(), change.by());
            case CLAUSE_MOVED -> words.clause_moved(change.by());
            case CLAUSE_REMOVED -> words.clause_removed(change.by());
            case SUGGESTION_MADE -> words.suggestion_made(change.by());
            case SUGGESTION_ACCEPTED -> words.suggestion_accepted(change.by());
            case SUGGESTION_DECLINED -> words.suggestion_declined(change.by());
            case VERSION_PUBLISHED -> words.version_published(change.subject(), change.by());
            case STAGE_CHANGED -> words.stage_changed(text.stage(change.subject(), locale), change.by());
        };
    }

    private String json(Map<String, String> data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A live update's data cannot be written as JSON", e);
        }
    }
}
