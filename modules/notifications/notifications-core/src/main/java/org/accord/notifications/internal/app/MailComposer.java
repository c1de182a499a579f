package org.accord.notifications.internal.app;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.notifications.internal.app.MailReaders.Reader;
import org.accord.notifications.internal.domain.NoticeKind;
import org.accord.notifications.internal.domain.UnsubscribeToken;
import org.accord.notifications.internal.persistence.EmailRows.Outgoing;
import org.accord.platform.i18n.TemplateLanguage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * Writes the e-mail of one notice, or a member's digest of several, in its reader's language and time zone: a
 * plain-text and an HTML part, and the headers of RFC 8058 one-click unsubscribe (from that kind of notice, or from
 * every kind for a digest). The Message-ID is derived from the notice ids, so a message is recognisable whichever
 * instance wrote it.
 */
@ApplicationScoped
public class MailComposer {

    /** Where a member unsubscribes; the one-click POST of RFC 8058 goes to the same address. */
    public static final String UNSUBSCRIBE_PATH = "/notifications/unsubscribe";
    public static final String SETTINGS_PATH = "/notifications/settings";

    /** One notice as an e-mail shows it. */
    public record Item(String title, String line, String link) {
    }

    private final NoticeWording wording;
    private final Template noticeText;
    private final Template noticeHtml;
    private final Template digestText;
    private final Template digestHtml;
    private final Template digestSubject;
    private final String publicUrl;
    private final byte[] unsubscribeKey;

    MailComposer(NoticeWording wording, @Location("mail/notice.txt") Template noticeText,
            @Location("mail/notice.html") Template noticeHtml, @Location("mail/digest.txt") Template digestText,
            @Location("mail/digest.html") Template digestHtml,
            @Location("mail/digest-subject.txt") Template digestSubject,
            @ConfigProperty(name = "accord.public-url") String publicUrl, NotificationsConfig config) {
        this.wording = wording;
        this.noticeText = noticeText;
        this.noticeHtml = noticeHtml;
        this.digestText = digestText;
        this.digestHtml = digestHtml;
        this.digestSubject = digestSubject;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.unsubscribeKey = config.unsubscribeKey().getBytes(StandardCharsets.UTF_8);
    }

    public Mail notice(Outgoing email, Reader reader) {
        NoticeKind kind = NoticeKind.valueOf(email.kind());
        Item item = item(email, reader);
        String unsubscribe = unsubscribeLink(UnsubscribeToken.of(email.memberId(), kind));
        Map<String, Object> data = Map.of("name", email.fullName(), "item", item, "kind", kind.name(), "unsubscribe",
                unsubscribe, "settings", publicUrl + SETTINGS_PATH);
        return mail(email.address(), item.title(), render(noticeText, data, reader), render(noticeHtml, data, reader),
                unsubscribe, "notice-" + email.noticeId());
    }

    /** One e-mail listing several notices of one member. */
    public Mail digest(List<Outgoing> emails, Reader reader) {
        Outgoing first = emails.getFirst();
        List<Item> items = emails.stream().map(email -> item(email, reader)).toList();
        String unsubscribe = unsubscribeLink(UnsubscribeToken.allOf(first.memberId()));
        Map<String, Object> data = Map.of("name", first.fullName(), "items", items, "unsubscribe", unsubscribe,
                "settings", publicUrl + SETTINGS_PATH);
        String ids = emails.stream().map(email -> email.noticeId().toString()).sorted()
                .collect(Collectors.joining(","));
        return mail(first.address(), render(digestSubject, Map.of("count", items.size()), reader).strip(),
                render(digestText, data, reader), render(digestHtml, data, reader), unsubscribe,
                "digest-" + UUID.nameUUIDFromBytes(ids.getBytes(StandardCharsets.UTF_8)));
    }

    private Item item(Outgoing email, Reader reader) {
        NoticeWording.Wording words = wording.word(email.kind(), email.params(), reader.locale(), reader.zone());
        return new Item(words.title(), words.line(), publicUrl + words.link());
    }

    private Mail mail(String to, String subject, String text, String html, String unsubscribe, String localId) {
        return Mail.withText(to, subject, text).setHtml(html)
                .addHeader("Message-ID", "<" + localId + "@" + URI.create(publicUrl).getHost() + ">")
                .addHeader("List-Unsubscribe", "<" + unsubscribe + ">")
                .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .addHeader("Auto-Submitted", "auto-generated");
    }

    private String unsubscribeLink(UnsubscribeToken token) {
        return publicUrl + UNSUBSCRIBE_PATH + "?token=" + token.sign(unsubscribeKey);
    }

    /** Rendered outside any request: the reader's language and time zone are set here, not taken from a request. */
    private static String render(Template template, Map<String, Object> data, Reader reader) {
        TemplateInstance instance = template.instance().setLocale(reader.locale());
        instance.setAttribute(TemplateLanguage.ZONE, reader.zone());
        data.forEach(instance::data);
        return instance.render();
    }

}
