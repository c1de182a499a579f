package org.accord.notifications.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.notifications.internal.app.NoticeWording;
import org.accord.notifications.internal.domain.NoticeKind;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * Words a notice from the {@code notices} message bundle: its title and line name what the notice is about (the
 * {@code title} parameter), and its link is the page of its subject.
 */
@ApplicationScoped
public class BundleNoticeWording implements NoticeWording {

    private static final String DEFAULT_LANGUAGE = "en";

    @Override
    public Wording word(NoticeKind kind, UUID subjectId, Map<String, Object> params, Locale locale) {
        NoticeMessages messages = locale.getLanguage().equals(DEFAULT_LANGUAGE)
                ? MessageBundles.get(NoticeMessages.class)
                : MessageBundles.get(NoticeMessages.class, Localized.Literal.of(locale.getLanguage()));
        String subject = String.valueOf(params.getOrDefault("title", ""));
        return switch (kind) {
            case BALLOT_OPENED -> new Wording(messages.ballot_opened_title(subject),
                    messages.ballot_opened_line(subject), "/ballots/" + subjectId);
            case BALLOT_CLOSING -> new Wording(messages.ballot_closing_title(subject),
                    messages.ballot_closing_line(subject), "/ballots/" + subjectId);
            case BALLOT_CLOSED -> new Wording(messages.ballot_closed_title(subject),
                    messages.ballot_closed_line(subject), "/ballots/" + subjectId);
            case ROUND_OPENED -> new Wording(messages.round_opened_title(subject), messages.round_opened_line(subject),
                    "/rounds/" + subjectId);
            case ROUND_CLOSING -> new Wording(messages.round_closing_title(subject),
                    messages.round_closing_line(subject), "/rounds/" + subjectId);
            case COMMENT_DISPOSED -> new Wording(messages.comment_disposed_title(subject),
                    messages.comment_disposed_line(subject), "/rounds/" + subjectId);
            case SUGGESTION_DECIDED -> new Wording(messages.suggestion_decided_title(subject),
                    messages.suggestion_decided_line(subject), "/standards/" + subjectId);
            case STAGE_CHANGED -> new Wording(messages.stage_changed_title(subject),
                    messages.stage_changed_line(subject), "/standards/" + subjectId);
            case LIAISON_REPLY_DUE -> new Wording(messages.liaison_reply_due_title(subject),
                    messages.liaison_reply_due_line(subject), "/exports/statements/" + subjectId);
            case BALANCE_ALERT ->
                new Wording(messages.balance_alert_title(subject), messages.balance_alert_line(subject), "/balance");
            case MEMBERSHIP_CHANGED -> new Wording(messages.membership_changed_title(subject),
                    messages.membership_changed_line(subject), "/members/" + subjectId);
        };
    }
}
