package org.accord.voting.internal.app;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.accord.membership.api.MemberStatus;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.errors.TextRules;
import org.accord.platform.i18n.Text;
import org.accord.platform.outbox.Outbox;
import org.accord.voting.api.VotingModule;
import org.accord.voting.api.events.VoteRecorded;
import org.accord.voting.internal.domain.BallotBox;
import org.accord.voting.internal.domain.Position;
import org.accord.voting.internal.persistence.BallotEntity;
import org.accord.voting.internal.persistence.BallotRows;
import org.accord.voting.internal.persistence.VoterEntity;
import org.accord.voting.internal.persistence.VotingRepositories;

/**
 * A member casts or changes their vote while the ballot is open; one counted vote per member. On a secret ballot the
 * position goes into the sealed ballot box and the public rows record only that the member voted.
 */
@ApplicationScoped
public class Voting {

    private final EntityManager entityManager;
    private final VotingRepositories.Voters voters;
    private final BallotRows rows;
    private final BallotKeys keys;
    private final Outbox outbox;

    Voting(EntityManager entityManager, VotingRepositories.Voters voters, BallotRows rows, BallotKeys keys,
            Outbox outbox) {
        this.entityManager = entityManager;
        this.voters = voters;
        this.rows = rows;
        this.keys = keys;
        this.outbox = outbox;
    }

    @Transactional
    public void cast(UUID ballotId, String username, String positionText, String reasonText) {
        Position position = position(positionText);
        String reason = TextRules.freeText("reason", Text.of("voting.field_reason"), reasonText, 2_000,
                position == Position.DISAPPROVE);
        // A shared lock: votes go in side by side, but never while the ballot is being closed.
        BallotEntity ballot = entityManager.find(BallotEntity.class, ballotId, LockModeType.PESSIMISTIC_READ);
        if (ballot == null) {
            throw RuleViolation.notFound(Text.of("voting.no_ballot", ballotId.toString()));
        }
        Instant now = Instant.now();
        if (ballot.status != BallotEntity.Status.OPEN || !now.isBefore(ballot.closesAt)) {
            throw RuleViolation.conflict("ballot", ballot.status == BallotEntity.Status.SCHEDULED
                    ? Text.of("voting.opens_later", ballot.opensAt)
                    : Text.of("voting.closed_to_votes"));
        }
        VoterEntity voter = voters.byUsername(username)
                .orElseThrow(() -> RuleViolation.forbidden(null, Text.of("voting.not_a_voter")));
        switch (MemberStatus.valueOf(voter.status)) {
            case ACTIVE -> {
            }
            case SUSPENDED -> throw RuleViolation.forbidden(null, Text.of("voting.membership_suspended"));
            case LEFT -> throw RuleViolation.forbidden(null, Text.of("voting.membership_left"));
        }
        if (!rows.isEligible(ballotId, voter.memberId)) {
            throw RuleViolation.forbidden(null, Text.of("voting.not_eligible"));
        }
        String storedReason = reason.isEmpty() ? null : reason;
        boolean changed;
        if (ballot.secret) {
            BallotBox box = keys.boxOf(ballotId);
            byte[] tag = box.tagOf(voter.memberId);
            rows.putInBox(ballotId, tag, box.seal(tag, new BallotBox.Paper(position, storedReason)));
            changed = rows.castVote(ballotId, voter.memberId, null, null, now);
        } else {
            changed = rows.castVote(ballotId, voter.memberId, position.name(), storedReason, now);
        }
        outbox.append(VotingModule.NAME, new VoteRecorded(ballotId.toString(), voter.memberId.toString(),
                ballot.secret ? null : position.name(), changed, now));
    }

    private static Position position(String position) {
        try {
            return Position.valueOf(position == null ? "" : position.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("position", Text.of("voting.choose_position"));
        }
    }
}
