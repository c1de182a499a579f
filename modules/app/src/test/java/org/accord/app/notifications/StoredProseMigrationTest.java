package org.accord.app.notifications;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.accord.notifications.internal.app.StakeholdersIntake;
import org.accord.stakeholders.api.events.BalanceAlertRaised;
import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Notifications keep codes, not sentences: a balance alert names its rule by kind and threshold (the migration turns
 * the English words of older rows into them), and e-mail settings left at the old form's English and UTC follow the
 * member's profile. The migrations run here on a scratch copy of the old tables, since the application's own ran at its
 * start.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class StoredProseMigrationTest {

    private static final String READER = "mira.migrated@example.org";
    private static final String NBSP = "\u00a0";

    @Inject
    Notified notified;
    @Inject
    StakeholdersIntake stakeholders;

    @Test
    void aBalanceAlertRaisedNow_keepsTheRulesKindAndThreshold_notItsWords() {
        UUID admin = notified.member(Notified.uniqueUsername(), false, "admin");
        String rule = "max-group-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> stakeholders.take(UUID.randomUUID(), new BalanceAlertRaised(rule,
                "No stakeholder group above 50% of voting members", "INDUSTRY holds 60.0% of voting members (limit"
                        + " 50%)",
                Instant.now())));

        assertThat(notified.text("select rule_kind || ' ' || threshold_percent from notifications.balance_alert"
                + " where rule_id = '" + rule + "'")).isEqualTo("MAX_GROUP_SHARE 50");
        assertThat(notified.count("select count(*) from information_schema.columns where table_schema ="
                + " 'notifications' and table_name = 'balance_alert' and column_name in ('rule', 'finding')")).isZero();
        assertThat(notified.text("select params ->> 'ruleKind' || ' ' || (params ->> 'threshold') from"
                + " notifications.notice where kind = 'BALANCE_ALERT' and member_id = '" + admin + "' and params ->>"
                + " 'ruleId' = '" + rule + "'")).isEqualTo("MAX_GROUP_SHARE 50");
        assertThat(notified.count("select count(*) from notifications.notice where kind = 'BALANCE_ALERT'"
                + " and params ->> 'ruleId' = '" + rule
                + "' and (params ->> 'rule' is not null or params ->> 'ruleKind' <>"
                + " 'MAX_GROUP_SHARE' or params ->> 'threshold' <> '50')")).isZero();
    }

    @Test
    @TestSecurity(user = READER, roles = "member")
    void olderRows_areMigratedToCodes_andReadInEachLanguage() {
        String scratch = "notifications_before_" + UUID.randomUUID().toString().substring(0, 8);
        notified.execute("create schema " + scratch + ";"
                + " create table " + scratch + ".balance_alert (rule_id text primary key, rule text not null,"
                + " finding text not null, raised_at timestamptz not null);"
                + " create table " + scratch + ".notice (id uuid primary key, kind text not null, params jsonb not"
                + " null);"
                + " create table " + scratch + ".settings (member_id uuid primary key, language text not null default"
                + " 'en', time_zone text not null default 'UTC');"
                + " insert into " + scratch + ".balance_alert values ('max-group-share', 'No stakeholder group above"
                + " 50% of voting members', 'INDUSTRY holds 60.0% of voting members (limit 50%)', now()),"
                + " ('min-side-share', 'Each side (US, EU) at least 40% of voting members', 'EU holds 30.0%', now()),"
                + " ('odd', 'Something else', 'Whatever', now());"
                + " insert into " + scratch + ".notice values"
                + " ('00000000-0000-0000-0000-000000000001', 'BALANCE_ALERT', '{\"ruleId\": \"min-side-share\","
                + " \"rule\": \"Each side (US, EU) at least 40% of voting members\"}'),"
                + " ('00000000-0000-0000-0000-000000000002', 'BALANCE_ALERT', '{\"ruleId\": \"odd\", \"rule\":"
                + " \"Something else\"}'),"
                + " ('00000000-0000-0000-0000-000000000003', 'BALLOT_OPENED', '{\"title\": \"Untouched\"}');"
                + " insert into " + scratch + ".settings values ('00000000-0000-0000-0000-00000000000a', 'en', 'UTC'),"
                + " ('00000000-0000-0000-0000-00000000000b', 'fr', 'UTC'),"
                + " ('00000000-0000-0000-0000-00000000000c', 'en', 'Europe/Paris')");

        migrate(scratch, "V2026_12_32_81__email_settings_follow_the_profile.sql");
        migrate(scratch, "V2026_12_32_82__balance_alerts_by_rule_code.sql");

        assertThat(notified.text("select string_agg(rule_id || '=' || coalesce(rule_kind, '-') || '/'"
                + " || coalesce(cast(threshold_percent as text), '-'), ' ' order by rule_id) from " + scratch
                + ".balance_alert")).isEqualTo("max-group-share=MAX_GROUP_SHARE/50 min-side-share=MIN_SIDE_SHARE/40"
                        + " odd=-/-");
        String migrated = notified.text("select params from " + scratch
                + ".notice where id = '00000000-0000-0000-0000-000000000001'");
        assertThat(migrated).doesNotContain("Each side").contains("\"ruleKind\": \"MIN_SIDE_SHARE\"")
                .contains("\"threshold\": \"40\"");
        assertThat(notified.text("select params from " + scratch
                + ".notice where id = '00000000-0000-0000-0000-000000000002'")).isEqualTo("{\"ruleId\": \"odd\"}");
        assertThat(notified.text("select params from " + scratch
                + ".notice where id = '00000000-0000-0000-0000-000000000003'"))
                .isEqualTo("{\"title\": \"Untouched\"}");
        assertThat(notified.text("select string_agg(right(cast(member_id as text), 1) || '=' || coalesce(language,"
                + " '-') || ',' || coalesce(time_zone, '-'), ' ' order by member_id) from " + scratch + ".settings"))
                .isEqualTo("b=fr,- c=-,Europe/Paris");
        notified.execute("drop schema " + scratch + " cascade");

        UUID reader = reader();
        UUID notice = UUID.randomUUID();
        notified.execute("insert into notifications.notice (id, member_id, kind, event_id, params, created_at) values"
                + " ('" + notice + "', '" + reader + "', 'BALANCE_ALERT', gen_random_uuid(), '" + migrated
                + "', now())");
        String item = "items.find { it.id == '" + notice + "' }.line";
        given().header("Accept-Language", "en").when().get("/api/notifications").then().statusCode(200)
                .body(item, equalTo("The rule “Each side (US, EU) at least 40% of voting members” does not hold."));
        given().header("Accept-Language", "fr").when().get("/api/notifications").then().body(item, equalTo(
                "La règle «" + NBSP + "Chaque côté (États-Unis, UE) représente au moins 40" + NBSP
                        + "% des membres votants" + NBSP + "» n’est pas respectée."));
        given().header("Accept-Language", "de").when().get("/api/notifications").then().body(item, equalTo(
                "Die Regel „Jede Seite (USA, EU) mindestens 40" + NBSP
                        + "% der stimmberechtigten Mitglieder“ ist nicht erfüllt."));
    }

    /** Runs one of the module's migrations on the scratch schema instead of the module's own. */
    private void migrate(String scratch, String migration) {
        try (InputStream sql = getClass().getClassLoader()
                .getResourceAsStream("db/migration/notifications/" + migration)) {
            assertThat(sql).as(migration).isNotNull();
            notified.execute(new String(sql.readAllBytes(), StandardCharsets.UTF_8).replace("notifications.",
                    scratch + "."));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private UUID reader() {
        String known = notified.text("select member_id from notifications.member where username = '" + READER + "'");
        if (known != null) {
            return UUID.fromString(known);
        }
        UUID id = UUID.randomUUID();
        notified.execute("insert into notifications.member (member_id, username, full_name, email, roles,"
                + " voting_rights, status) values ('" + id + "', '" + READER + "', 'Mira Migrated', '" + id
                + "@example.org', array['member'], false, 'ACTIVE')");
        return id;
    }
}
