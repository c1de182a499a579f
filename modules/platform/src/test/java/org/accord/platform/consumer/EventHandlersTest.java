package org.accord.platform.consumer;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.accord.platform.events.EventType;
import org.accord.platform.events.PoisonEventException;
import org.accord.platform.module.ModuleName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventHandlersTest {

    @EventType("accord.membership.MemberAdmitted.v1")
    record MemberAdmitted(String memberId) {
    }

    @EventType("accord.membership.MemberLeft.v2")
    record MemberLeft(String memberId) {
    }

    private static final ModuleName VOTING = new ModuleName("voting");

    @Test
    void forType_findsTheHandlerByDeclaredName_andReadsUnversionedNamesAsVersionOne() {
        List<Object> applied = new ArrayList<>();
        EventHandlers handlers = EventHandlers.of(VOTING).on(MemberAdmitted.class, applied::add);

        handlers.forType("accord.membership.MemberAdmitted").orElseThrow().apply(UUID.randomUUID(),
                new MemberAdmitted("m-1"));

        assertThat(applied).containsExactly(new MemberAdmitted("m-1"));
        assertThat(handlers.forType("accord.membership.MemberAdmitted.v1")).isPresent();
        assertThat(handlers.types()).containsEntry("accord.membership.MemberAdmitted.v1", MemberAdmitted.class);
    }

    @Test
    void onWithEventId_givesTheHandlerTheIdOfTheCloudEventWithTheEvent() {
        List<Map.Entry<UUID, Object>> applied = new ArrayList<>();
        EventHandlers handlers = EventHandlers.of(VOTING)
                .onWithEventId(MemberAdmitted.class, (eventId, event) -> applied.add(Map.entry(eventId, event)));
        UUID admittedId = UUID.randomUUID();

        handlers.forType("accord.membership.MemberAdmitted.v1").orElseThrow().apply(admittedId,
                new MemberAdmitted("m-1"));

        assertThat(applied).containsExactly(Map.entry(admittedId, new MemberAdmitted("m-1")));
        assertThat(handlers.types()).containsEntry("accord.membership.MemberAdmitted.v1", MemberAdmitted.class);
    }

    @Test
    void onWithEventId_andOn_forTheSameType_isRefused() {
        EventHandlers handlers = EventHandlers.of(VOTING).on(MemberAdmitted.class, event -> {
        });

        assertThatThrownBy(() -> handlers.onWithEventId(MemberAdmitted.class, (eventId, event) -> {
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void forType_ofAnotherVersionOrType_findsNothing() {
        EventHandlers handlers = EventHandlers.of(VOTING).on(MemberLeft.class, event -> {
        });

        assertThat(handlers.forType("accord.membership.MemberLeft")).isEmpty();
        assertThat(handlers.forType("accord.membership.MemberAdmitted.v1")).isEmpty();
        assertThat(handlers.handlesAnotherVersionOf("accord.membership.MemberLeft")).isTrue();
        assertThat(handlers.handlesAnotherVersionOf("accord.membership.MemberLeft.v3")).isTrue();
        assertThat(handlers.handlesAnotherVersionOf("accord.membership.MemberAdmitted.v1")).isFalse();
    }

    @Test
    void on_theSameTypeTwice_isRefused() {
        EventHandlers handlers = EventHandlers.of(VOTING).on(MemberAdmitted.class, event -> {
        });

        assertThatThrownBy(() -> handlers.on(MemberAdmitted.class, event -> {
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void failures_tellPoisonAndTransientCausesApart() {
        var lockConflict = new IllegalStateException(new SQLException("deadlock detected", "40P01"));
        var poison = new RuntimeException(new PoisonEventException("unreadable"));
        var bug = new NullPointerException("memberId");

        assertThat(Failures.isTransient(lockConflict)).isTrue();
        assertThat(Failures.isTransient(new SQLException("duplicate key", "23505"))).isTrue();
        assertThat(Failures.isTransient(bug)).isFalse();
        assertThat(Failures.poison(poison)).hasMessage("unreadable");
        assertThat(Failures.poison(lockConflict)).isNull();
        assertThat(Failures.describe(lockConflict)).isEqualTo("IllegalStateException: deadlock detected");
    }
}
