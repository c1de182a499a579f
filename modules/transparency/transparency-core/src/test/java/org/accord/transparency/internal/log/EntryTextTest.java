package org.accord.transparency.internal.log;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.accord.transparency.internal.policy.PublicEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An entry's stored text is the contract's canonical JSON, and its leaf hash is taken over exactly those bytes. */
class EntryTextTest {

    private static final UUID EVENT = UUID.fromString("0b9a0c5e-8f6c-4d0e-9c57-3f1f3b0d1a11");
    private static final UUID STANDARD = UUID.fromString("5e0c4b7a-1d2e-4f3a-8b9c-0d1e2f3a4b5c");

    @Test
    void anEntry_isCanonicalJsonOfItsFields_withTheTimeToTheSecond() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("result", "passed");
        facts.put("approve", 12);
        facts.put("sides", List.of(Map.of("side", "US", "votes", 7), Map.of("side", "EU", "votes", 5)));
        facts.put("note", null);
        EntryText text = EntryText.of(41, EVENT,
                new PublicEntry("ballot.closed", Instant.parse("2026-12-01T10:15:30.987654Z"), STANDARD, facts));
        assertThat(text.text()).isEqualTo("{\"data\":{\"approve\":12,\"note\":null,\"result\":\"passed\",\"sides\":"
                + "[{\"side\":\"US\",\"votes\":7},{\"side\":\"EU\",\"votes\":5}]},\"seq\":41,\"sourceEventId\":"
                + "\"0b9a0c5e-8f6c-4d0e-9c57-3f1f3b0d1a11\",\"standardId\":\"5e0c4b7a-1d2e-4f3a-8b9c-0d1e2f3a4b5c\","
                + "\"time\":\"2026-12-01T10:15:30Z\",\"type\":\"ballot.closed\"}");
        assertThat(text.time()).isEqualTo(Instant.parse("2026-12-01T10:15:30Z"));
        assertThat(text.leafHash()).isEqualTo(Rfc9162Reference.leafHash(text.bytes()));
    }

    @Test
    void anEntryOfNoStandard_leavesTheKeyOut() {
        EntryText text = EntryText.of(0, EVENT,
                new PublicEntry("member.admitted", Instant.parse("2026-12-01T10:15:30Z"), null, Map.of("name", "Ada")));
        assertThat(text.text()).isEqualTo("{\"data\":{\"name\":\"Ada\"},\"seq\":0,\"sourceEventId\":"
                + "\"0b9a0c5e-8f6c-4d0e-9c57-3f1f3b0d1a11\",\"time\":\"2026-12-01T10:15:30Z\",\"type\":"
                + "\"member.admitted\"}");
    }

    @Test
    void factsThatAreNotPlainJsonIntegersAndText_areRefused() {
        Instant time = Instant.parse("2026-12-01T10:15:30Z");
        assertThatThrownBy(() -> EntryText.of(0, EVENT, new PublicEntry("ballot.closed", time, null,
                Map.of("share", 0.5)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EntryText.of(0, EVENT, new PublicEntry("ballot.closed", time, null,
                Map.of("at", Instant.EPOCH)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EntryText.of(0, EVENT, new PublicEntry(" ", time, null, Map.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EntryText.of(0, EVENT, new PublicEntry("ballot.closed", null, null, Map.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
