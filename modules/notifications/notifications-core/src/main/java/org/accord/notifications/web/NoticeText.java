package org.accord.notifications.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.notifications.internal.app.NoticeWording;
import org.accord.notifications.internal.domain.NoticeKind;
import org.accord.platform.i18n.LocalFormats;
import org.accord.stakeholders.api.GroupLabels;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Words a notice in a reader's language and time zone from its kind and parameters: a title, one line and the page it
 * is about. The inbox and the e-mails both use it, so a notice reads the same everywhere; the home page's activity
 * lines are worded here too. Codes among the parameters (stages, dispositions, roles, groups, outcomes, balance rules)
 * are words of the reader's language by the time they are shown.
 */
@ApplicationScoped
public class NoticeText implements NoticeWording {

    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    NoticeText(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Wording word(String kind, String paramsJson, Locale locale, ZoneId zone) {
        return word(NoticeKind.valueOf(kind), params(paramsJson), locale, zone);
    }

    public Wording word(NoticeKind kind, Map<String, String> params, Locale locale, ZoneId zone) {
        NoticeMessages words = LocalizedBundles.in(NoticeMessages.class, locale);
        Params p = new Params(params, locale, zone);
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
                    words.liaison_reply_due_line(p.get("addressee"), p.day("replyDue")),
                    "/exports/statements/" + p.get("statementId"));
            case BALANCE_ALERT -> new Wording(words.balance_alert_title(),
                    words.balance_alert_line(words.balance_rule(p.get("ruleKind"), p.get("threshold"),
                            p.get("ruleId"))),
                    "/balance");
            case MEMBERSHIP_CHANGED -> new Wording(words.membership_changed_title(),
                    words.membership_changed_line(p.get("change"), detailOfChange(p, words)), "/members/me");
        };
    }

    /** A line of the home page's activity on a followed standard, in the reader's language. */
    public String activity(String kind, String paramsJson, Locale locale) {
        NotificationsMessages words = LocalizedBundles.in(NotificationsMessages.class, locale);
        NoticeMessages codes = LocalizedBundles.in(NoticeMessages.class, locale);
        Map<String, String> p = params(paramsJson);
        String disposition = p.containsKey("disposition") ? codes.disposition(p.get("disposition")) : null;
        return words.activity_line(kind, p.get("by"), p.get("heading"),
                p.get("accepted"), p.get("label"), stage(codes, p.get("from")), stage(codes, p.get("to")),
                p.get("title"), p.get("comments"), disposition,
                p.containsKey("outcome") ? words.outcome(p.get("outcome")) : null);
    }

    /** A stage's name in the reader's language, for the live notice of a stage change. */
    public String stage(String code, Locale locale) {
        return stage(LocalizedBundles.in(NoticeMessages.class, locale), code);
    }

    /** A notice's (or an activity's) stored parameters. */
    public Map<String, String> params(String json) {
        try {
            return mapper.readValue(json, PARAMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A notice's parameters are a JSON object of strings", e);
        }
    }

    private static String stage(NoticeMessages words, String code) {
        return code == null ? null : words.stage(code);
    }

    /** The roles (comma-separated codes) or the group of a membership change, or its voting rights as true/false. */
    private static String detailOfChange(Params p, NoticeMessages words) {
        return switch (p.get("change")) {
            case "ROLES" -> Arrays.stream(p.get("roles").split(",")).filter(role -> !role.isBlank())
                    .map(role -> words.role(role.strip())).collect(Collectors.joining(", "));
            case "VOTING_RIGHTS" -> p.get("votingRights");
            case "GROUP" -> GroupLabels.recorded(p.get("group"), p.values().get("groupName")).in(p.locale(), p.zone());
            default -> "";
        };
    }

    private record Params(Map<String, String> values, Locale locale, ZoneId zone) {

        String get(String name) {
            return values.getOrDefault(name, "");
        }

        /** A moment in the reader's time zone, naming the zone. */
        String time(String name) {
            try {
                return LocalFormats.dateTime(Instant.parse(get(name)), locale, zone);
            } catch (DateTimeException e) {
                return get(name);
            }
        }

        /** A calendar day, the same in every time zone. */
        String day(String name) {
            try {
                return LocalFormats.date(LocalDate.parse(get(name)), locale);
            } catch (DateTimeException e) {
                return get(name);
            }
        }
    }
}
