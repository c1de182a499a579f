package org.accord.voting.internal.domain;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BallotBoxTest {

    private static final UUID BALLOT = UUID.randomUUID();
    private static final UUID MEMBER = UUID.randomUUID();

    @Test
    void aSealedPaper_opensUnderTheSameKeyAndTag() {
        BallotBox box = new BallotBox(BALLOT, Aead.randomKey());
        byte[] tag = box.tagOf(MEMBER);

        byte[] sealed = box.seal(tag, new BallotBox.Paper(Position.DISAPPROVE, "Clause 4\nis vague"));

        assertThat(box.open(tag, sealed)).isEqualTo(new BallotBox.Paper(Position.DISAPPROVE, "Clause 4\nis vague"));
        assertThat(box.open(tag, box.seal(tag, new BallotBox.Paper(Position.APPROVE, null))).reason()).isNull();
    }

    @Test
    void tags_areStablePerBallotKey_andUnrelatedAcrossKeys() {
        byte[] key = Aead.randomKey();

        assertThat(new BallotBox(BALLOT, key).tagOf(MEMBER)).isEqualTo(new BallotBox(BALLOT, key).tagOf(MEMBER));
        assertThat(new BallotBox(BALLOT, Aead.randomKey()).tagOf(MEMBER))
                .isNotEqualTo(new BallotBox(BALLOT, key).tagOf(MEMBER));
    }

    @Test
    void aPaper_doesNotOpenWithAnotherKeyAnotherTagOrInAnotherBallot() {
        byte[] key = Aead.randomKey();
        BallotBox box = new BallotBox(BALLOT, key);
        byte[] tag = box.tagOf(MEMBER);
        byte[] sealed = box.seal(tag, new BallotBox.Paper(Position.APPROVE, null));

        assertThatThrownBy(() -> new BallotBox(BALLOT, Aead.randomKey()).open(tag, sealed))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> box.open(box.tagOf(UUID.randomUUID()), sealed))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new BallotBox(UUID.randomUUID(), key).open(tag, sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyPaper_hasTheSameLength_whateverItSays() {
        BallotBox box = new BallotBox(BALLOT, Aead.randomKey());
        byte[] tag = box.tagOf(MEMBER);

        assertThat(java.util.stream.Stream.of(new BallotBox.Paper(Position.APPROVE, null),
                new BallotBox.Paper(Position.APPROVE_WITH_COMMENTS, "Small fixes in 4.2"),
                new BallotBox.Paper(Position.DISAPPROVE, "€".repeat(2_000)),
                new BallotBox.Paper(Position.ABSTAIN, null)).map(paper -> box.seal(tag, paper).length).distinct())
                .hasSize(1);
    }

    @Test
    void sealingTheSamePaperTwice_givesDifferentBytes() {
        BallotBox box = new BallotBox(BALLOT, Aead.randomKey());
        byte[] tag = box.tagOf(MEMBER);

        assertThat(box.seal(tag, new BallotBox.Paper(Position.APPROVE, null)))
                .isNotEqualTo(box.seal(tag, new BallotBox.Paper(Position.APPROVE, null)));
    }
}
