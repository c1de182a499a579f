package org.accord.notifications.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.notifications.internal.app.NoticeWording;
import org.accord.notifications.internal.domain.Languages;
import org.accord.notifications.internal.domain.NoticeKind;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Words a notice in a reader's language from its kind and parameters: a title, one line and the page it is about. The
 * inbox and the e-mails both use it, so a notice reads the same everywhere.
 */
@ApplicationScoped
public class NoticeText implements NoticeWording {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    NoticeText(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Wording word(String kind, String paramsJson, Locale locale) {
        return word(NoticeKind.valueOf(kind), params(paramsJson), locale);
    }

    public Wording word(NoticeKind kind, Map<String, String> params, Locale locale) {
        NoticeMessages words = messages(locale);
        Params p = new Params(params);
        return switch (kind) {
            case BALLOT_OPENED -> new Wording(words.ballot_opened_title(p.get("title")),
                    words.ballot_opened_line(p.time("closesAt")), "/ballots/" + p.get("ballotId"));
            case BALLOT_CLOSING -> new Wording(words.ballot_closing_title(p.get("title")),
                    words.ballot_closing_line(p.time("closesAt")), "/ballots/" + p.get("ballotId"));
            case BALLOT_CLOSED -> new Wording(words.ballot_closed_title(p.get("title")),
                    words.ballot_closed_line(p.get("outcome")), "/ballots/" + p.get("ballotId"));
            case ROUND_OPENED -> new Wording(words.round_opened_title(p.get("reference"), p.get("title")),
                    words.round_opened_line(p.get("label"), p.time("closesAt")), "/rounds/" + p.get("roundId"));
            case ROUND_CLOSING -> new Wording(words.round_closing_title(p.get("title")),
                    words.round_closing_line(p.get("reference"), p.time("closesAt")), "/rounds/" + p.get("roundId"));
            case COMMENT_DISPOSED -> new Wording(words.comment_disposed_title(p.get("reference")),
                    words.comment_disposed_line(words.disposition(p.get("disposition"))),
                    "/rounds/" + p.get("roundId"));
            case SUGGESTION_DECIDED -> new Wording(words.suggestion_decided_title(p.get("reference")),
                    words.suggestion_decided_line(Boolean.parseBoolean(p.get("accepted"))),
                    "/standards/" + p.get("standardId") + "/clauses/" + p.get("clauseId"));
            case STAGE_CHANGED -> new Wording(words.stage_changed_title(p.get("reference")),
                    words.stage_changed_line(p.get("title"), words.stage(p.get("from")), words.stage(p.get("to"))),
                    "/standards/" + p.get("standardId"));
            case LIAISON_REPLY_DUE -> new Wording(words.liaison_reply_due_title(p.get("title")),
                    words.liaison_reply_due_line(p.get("addressee"), p.get("replyDue")),
                    "/exports/statements/" + p.get("statementId"));
            case BALANCE_ALERT -> new Wording(words.balance_alert_title(), words.balance_alert_line(p.get("rule")),
                    "/balance");
            case MEMBERSHIP_CHANGED -> new Wording(words.membership_changed_title(),
                    words.membership_changed_line(p.get("change"), p.detailOfChange()), "/members/me");
        };
    }

    /** A moment as notices and the home page show it: to the minute, in UTC. */
    public static String minutes(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    private static NoticeMessages messages(Locale locale) {
        Locale language = Languages.closestTo(locale);
        return Languages.isDefault(language)
                ? MessageBundles.get(NoticeMessages.class)
                : MessageBundles.get(NoticeMessages.class, Localized.Literal.of(language.getLanguage()));
    }

    /** A notice's (or an activity's) stored parameters. */
    public Map<String, String> params(String json) {
        try {
            return mapper.readValue(json, PARAMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A notice's parameters are a JSON object of strings", e);
        }
    }

    private record Params(Map<String, String> values) {

        String get(String name) {
            return values.getOrDefault(name, "");
        }

        String time(String name) {
            try {
                return minutes(Instant.parse(get(name)));
            } catch (DateTimeParseException e) {
                return get(name);
            }
        }

        String detailOfChange() {
            return values.getOrDefault("roles", values.getOrDefault("votingRights", get("group")));
        }
    }
}
