package org.accord.notifications.internal.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnsubscribeTokenTest {

    private static final byte[] KEY = "a key of the server".getBytes(StandardCharsets.UTF_8);
    private static final UUID MEMBER = UUID.randomUUID();

    @Test
    void verify_whenSignedByThisKey_readsMemberAndKind() {
        String token = UnsubscribeToken.of(MEMBER, NoticeKind.BALLOT_OPENED).sign(KEY);

        assertThat(UnsubscribeToken.verify(token, KEY)).contains(UnsubscribeToken.of(MEMBER, NoticeKind.BALLOT_OPENED));
        assertThat(UnsubscribeToken.verify(UnsubscribeToken.allOf(MEMBER).sign(KEY), KEY))
                .contains(UnsubscribeToken.allOf(MEMBER));
    }

    @Test
    void verify_whenKindOrMemberIsAltered_isRefused() {
        String token = UnsubscribeToken.of(MEMBER, NoticeKind.BALLOT_OPENED).sign(KEY);
        String signature = token.substring(token.lastIndexOf('.'));

        assertThat(UnsubscribeToken.verify(token.replace("BALLOT_OPENED", "BALLOT_CLOSED"), KEY)).isEmpty();
        assertThat(UnsubscribeToken.verify(token.replace("BALLOT_OPENED", "all"), KEY)).isEmpty();
        assertThat(UnsubscribeToken.verify(UUID.randomUUID() + ".BALLOT_OPENED" + signature, KEY)).isEmpty();
    }

    @Test
    void verify_whenSignedByAnotherKeyOrMalformed_isRefused() {
        String token = UnsubscribeToken.of(MEMBER, NoticeKind.STAGE_CHANGED).sign(KEY);

        assertThat(UnsubscribeToken.verify(token, "another key".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(UnsubscribeToken.verify(token.substring(0, token.length() - 2), KEY)).isEmpty();
        assertThat(UnsubscribeToken.verify(token + "A", KEY)).isEmpty();
        assertThat(UnsubscribeToken.verify(MEMBER + ".STAGE_CHANGED", KEY)).isEmpty();
        assertThat(UnsubscribeToken.verify("", KEY)).isEmpty();
        assertThat(UnsubscribeToken.verify(null, KEY)).isEmpty();
    }
}
