package org.accord.drafting.internal.app;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.accord.drafting.api.contracts.BallotCancelled;
import org.accord.drafting.api.contracts.BallotClosed;
import org.accord.drafting.api.contracts.BallotOpened;
import org.accord.drafting.internal.persistence.BallotResultEntity;
import org.accord.drafting.internal.persistence.DraftingRepositories;
import org.accord.drafting.internal.persistence.VersionBallotEntity;
import org.accord.platform.events.PoisonEventException;

/**
 * What drafting keeps of ballots on its draft versions: an open one freezes its standard's text, a closed one's result
 * can carry a stage change. Ballots on plain questions are none of drafting's business. A ballot that ended stays
 * ended, whatever arrives late.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class BallotsHeard {

    private final DraftingRepositories.BallotResults results;
    private final DraftingRepositories.VersionBallots ballots;

    BallotsHeard(DraftingRepositories.BallotResults results, DraftingRepositories.VersionBallots ballots) {
        this.results = results;
        this.ballots = ballots;
    }

    public void opened(BallotOpened opened) {
        if (opened.ballotId() == null || opened.at() == null) {
            throw new PoisonEventException("BallotOpened lacks its ballot id or time");
        }
        if (opened.draftVersionId() == null || ballots.findByIdOptional(opened.ballotId()).isPresent()) {
            return;
        }
        VersionBallotEntity ballot = new VersionBallotEntity();
        ballot.ballotId = opened.ballotId();
        ballot.draftVersionId = UUID.fromString(opened.draftVersionId());
        ballot.openedAt = opened.at();
        ballots.persist(ballot);
    }

    public void closed(BallotClosed closed) {
        if (closed.ballotId() == null || closed.closedAt() == null) {
            throw new PoisonEventException("BallotClosed lacks its ballot id or closing time");
        }
        if (closed.draftVersionId() != null) {
            ended(closed.ballotId(), closed.closedAt());
        }
        if (closed.draftVersionId() == null || results.findByIdOptional(closed.ballotId()).isPresent()) {
            return;
        }
        BallotResultEntity result = new BallotResultEntity();
        result.ballotId = closed.ballotId();
        result.draftVersionId = UUID.fromString(closed.draftVersionId());
        result.passed = closed.passed();
        result.closedAt = closed.closedAt();
        result.contentHash = closed.contentHash();
        result.openedAt = closed.openedAt();
        results.persist(result);
    }

    public void cancelled(BallotCancelled cancelled) {
        if (cancelled.ballotId() == null) {
            throw new PoisonEventException("BallotCancelled lacks its ballot id");
        }
        ended(cancelled.ballotId(), cancelled.at());
    }

    /** Ends the ballot's freeze, and remembers it ended, so that a late opening does not freeze the text again. */
    private void ended(String ballotId, java.time.Instant at) {
        VersionBallotEntity ballot = ballots.findByIdOptional(ballotId).orElseGet(() -> {
            VersionBallotEntity heardOfLate = new VersionBallotEntity();
            heardOfLate.ballotId = ballotId;
            ballots.persist(heardOfLate);
            return heardOfLate;
        });
        if (ballot.endedAt == null) {
            ballot.endedAt = at == null ? java.time.Instant.now() : at;
        }
    }
}
