package org.accord.transparency.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.RequestLanguage;
import org.accord.platform.i18n.Text;
import org.accord.transparency.internal.app.LogQueries;
import org.accord.transparency.internal.app.LogQueries.EntryPage;
import org.accord.transparency.internal.app.LogQueries.LoggedEntry;
import org.accord.transparency.internal.app.LogQueries.SignedHead;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The public log for people: its latest signed head, its entries newest first with filters, each entry with its facts
 * and proof, a standard's timeline and its Atom feed, and how to verify it all. No sign-in.
 */
@Path(TransparencyPages.PATH)
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class TransparencyPages {

    static final String PATH = "/transparency";
    static final String ATOM = "application/atom+xml";
    private static final int PAGE = 50;
    private static final int FEED_ENTRIES = 100;
    private static final String CREATED = "standard.created";

    /** An entry as a list shows it, its summary in the reader's language. */
    public record Row(long seq, String type, UUID standardId, Instant time, String summary) {

        static Row of(LoggedEntry entry, EntryWords words) {
            return new Row(entry.seq(), entry.type(), entry.standardId(), entry.time(),
                    words.summary(entry.type(), entry.leaf()));
        }
    }

    /** The newest signed head that covers an entry, or null while none does. */
    public record EntryView(Row row, LoggedEntry entry, List<EntryWords.Fact> facts, SignedHead head) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance log(SignedHead head, List<Row> entries, LogFilter filter, List<String> types,
                String next);

        static native TemplateInstance entry(EntryView view);

        static native TemplateInstance standard(UUID standardId, String name, List<Row> entries, String next);

        static native TemplateInstance verify(String server, SignedHead head);

        static native TemplateInstance feed(UUID standardId, String name, String base, List<Row> entries);
    }

    private final LogQueries log;
    private final RequestLanguage language;

    TransparencyPages(LogQueries log, RequestLanguage language) {
        this.log = log;
        this.language = language;
    }

    @GET
    public TemplateInstance log(@RestQuery String standard, @RestQuery String type, @RestQuery String from,
            @RestQuery String until, @RestQuery String before, UriInfo uri) {
        LogFilter filter = new LogFilter(standard, type, from, until);
        EntryPage page = log.newest(filter.standardId(), filter.entryType(), filter.fromInstant(),
                filter.untilInstant(), QueryNumbers.ifPresent("before", before), PAGE);
        return Templates.log(latestHead().orElse(null), rows(page), filter, KnownTypes.ALL,
                link(uri, "before", page.nextBefore()));
    }

    @GET
    @Path("entries/{seq}")
    public TemplateInstance entry(@RestPath String seq) {
        LoggedEntry entry = log.entry(QueryNumbers.required("seq", seq));
        SignedHead head = latestHead().filter(latest -> latest.treeSize() > entry.seq()).orElse(null);
        EntryWords words = words();
        return Templates.entry(new EntryView(Row.of(entry, words), entry, words.facts(entry.type(), entry.leaf()),
                head));
    }

    @GET
    @Path("standards/{standardId}")
    public TemplateInstance standard(@RestPath UUID standardId, @RestQuery String after, UriInfo uri) {
        Long from = QueryNumbers.ifPresent("after", after);
        EntryPage page = log.timeline(standardId, from == null ? -1 : from, PAGE);
        if (from == null && page.entries().isEmpty()) {
            throw noEntriesOn(standardId);
        }
        return Templates.standard(standardId, nameOf(standardId), rows(page), link(uri, "after", page.nextAfter()));
    }

    @GET
    @Path("standards/{standardId}/feed")
    @Produces(ATOM)
    public TemplateInstance feed(@RestPath UUID standardId, UriInfo uri) {
        EntryPage page = log.newest(standardId, null, null, null, null, FEED_ENTRIES);
        if (page.entries().isEmpty()) {
            throw noEntriesOn(standardId);
        }
        return Templates.feed(standardId, nameOf(standardId), server(uri), rows(page));
    }

    @GET
    @Path("verify")
    public TemplateInstance verify(UriInfo uri) {
        return Templates.verify(server(uri), latestHead().orElse(null));
    }

    /**
     * The reference and title the standard was created with, as its {@code standard.created} entry gives them; its id
     * when the log has no such entry.
     */
    private String nameOf(UUID standardId) {
        return log.newest(standardId, CREATED, null, null, null, 1).entries().stream().findFirst()
                .flatMap(created -> EntryWords.fact(created.leaf(), "reference")
                        .map(reference -> EntryWords.fact(created.leaf(), "title")
                                .map(title -> reference + " · " + title).orElse(reference)))
                .orElse(standardId.toString());
    }

    private Optional<SignedHead> latestHead() {
        try {
            return Optional.of(log.latestHead());
        } catch (RuleViolation none) {
            return Optional.empty();
        }
    }

    private List<Row> rows(EntryPage page) {
        EntryWords words = words();
        return page.entries().stream().map(entry -> Row.of(entry, words)).toList();
    }

    private EntryWords words() {
        return EntryWords.in(language.locale(), language.zone());
    }

    /** This page's address relative to the server, with one parameter replaced; null when there is no next page. */
    private static String link(UriInfo uri, String parameter, Long value) {
        if (value == null) {
            return null;
        }
        URI next = uri.getRequestUriBuilder().replaceQueryParam(parameter, value).build();
        return next.getRawPath() + "?" + next.getRawQuery();
    }

    /** The server's address as a client reached it, without the trailing slash. */
    private static String server(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static RuleViolation noEntriesOn(UUID standardId) {
        return RuleViolation.notFound(Text.of("transparency.no_entry_on_standard", standardId.toString()));
    }
}
