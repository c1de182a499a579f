package org.accord.notifications.internal.app;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.notifications.internal.domain.Delivery;
import org.accord.notifications.internal.domain.EmailChoices;
import org.accord.notifications.internal.domain.NoticeKind;
import org.accord.notifications.internal.domain.UnsubscribeToken;
import org.accord.notifications.internal.persistence.EmailRows;
import org.accord.notifications.internal.persistence.MemberRows;
import org.accord.notifications.internal.persistence.PreferenceRows;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;

/**
 * A member's e-mail settings and preferences: shown and changed by the member, and turned off by an unsubscribe link,
 * which needs no session because its signature is the authority.
 */
@ApplicationScoped
public class EmailPreferences {

    /**
     * A member's settings as the settings page and the API show them: {@code language} and {@code timeZone} are null
     * where the member's e-mails follow their profile.
     */
    public record View(String language, String timeZone, Map<NoticeKind, Delivery> deliveries) {
    }

    private final PreferenceRows preferences;
    private final MemberRows members;
    private final EmailRows emails;
    private final byte[] unsubscribeKey;

    EmailPreferences(PreferenceRows preferences, MemberRows members, EmailRows emails, NotificationsConfig config) {
        this.preferences = preferences;
        this.members = members;
        this.emails = emails;
        this.unsubscribeKey = config.unsubscribeKey().getBytes(StandardCharsets.UTF_8);
    }

    @Transactional
    public UUID memberWithUsername(String username) {
        return members.idOf(username)
                .orElseThrow(() -> RuleViolation.notFound(Text.of("notifications.not_known_yet")));
    }

    @Transactional
    public View view(UUID memberId) {
        PreferenceRows.Settings settings = preferences.settings(memberId);
        return new View(settings.language(), settings.timeZone(), preferences.deliveries(memberId));
    }

    @Transactional
    public View change(UUID memberId, String language, String timeZone, Map<String, String> deliveries) {
        EmailChoices choices = EmailChoices.read(language, timeZone, deliveries, preferences.deliveries(memberId));
        preferences.saveSettings(memberId, new PreferenceRows.Settings(
                choices.language().map(Locale::getLanguage).orElse(null),
                choices.timeZone().map(ZoneId::getId).orElse(null)));
        // A choice equal to the kind's default is not kept, so that the member follows the default if it changes.
        choices.deliveries().forEach((kind, delivery) -> {
            if (delivery == kind.byDefault()) {
                preferences.forgetDelivery(memberId, kind);
            } else {
                preferences.saveDelivery(memberId, kind, delivery);
            }
        });
        List<String> off = choices.deliveries().entrySet().stream().filter(choice -> choice.getValue() == Delivery.OFF)
                .map(choice -> choice.getKey().name()).toList();
        if (!off.isEmpty()) {
            emails.dropPending(memberId, off);
        }
        return view(memberId);
    }

    /** The token of an unsubscribe link, refused when it was not signed by this server for that member and kind. */
    @Transactional
    public UnsubscribeToken read(String token) {
        UnsubscribeToken read = UnsubscribeToken.verify(token, unsubscribeKey)
                .orElseThrow(() -> RuleViolation.invalid("token", Text.of("notifications.unsubscribe_link_invalid")));
        if (!members.isKnown(read.memberId())) {
            throw RuleViolation.notFound(Text.of("notifications.unsubscribe_link_no_member"));
        }
        return read;
    }

    /** Whether the member of this token already receives no e-mail of its kind (or of any kind). */
    @Transactional
    public boolean isUnsubscribed(UnsubscribeToken token) {
        Map<NoticeKind, Delivery> deliveries = preferences.deliveries(token.memberId());
        return kinds(token).stream().allMatch(kind -> deliveries.get(kind) == Delivery.OFF);
    }

    /** Turns off the e-mails the link names, and withdraws those of them not sent yet. */
    @Transactional
    public UnsubscribeToken unsubscribe(String token) {
        UnsubscribeToken read = read(token);
        List<NoticeKind> kinds = kinds(read);
        kinds.forEach(kind -> preferences.saveDelivery(read.memberId(), kind, Delivery.OFF));
        emails.dropPending(read.memberId(), kinds.stream().map(Enum::name).toList());
        return read;
    }

    private static List<NoticeKind> kinds(UnsubscribeToken token) {
        return token.kind().map(List::of).orElseGet(() -> Arrays.asList(NoticeKind.values()));
    }
}
