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
import org.accord.drafting.internal.persistence.OpenBallotEntity;
import org.accord.platform.events.PoisonEventException;

/**
 * What drafting keeps of ballots on its draft versions: an open one freezes its standard's text, a closed one's result
 * can carry a stage change. Ballots on plain questions are none of drafting's business.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class BallotsHeard {

    private final DraftingRepositories.BallotResults results;
    private final DraftingRepositories.OpenBallots open;

    BallotsHeard(DraftingRepositories.BallotResults results, DraftingRepositories.OpenBallots open) {
        this.results = results;
        this.open = open;
    }

    public void opened(BallotOpened opened) {
        if (opened.ballotId() == null || opened.at() == null) {
            throw new PoisonEventException("BallotOpened lacks its ballot id or time");
        }
        if (opened.draftVersionId() == null || open.findByIdOptional(opened.ballotId()).isPresent()) {
            return;
        }
        OpenBallotEntity ballot = new OpenBallotEntity();
        ballot.ballotId = opened.ballotId();
        ballot.draftVersionId = UUID.fromString(opened.draftVersionId());
        ballot.openedAt = opened.at();
        open.persist(ballot);
    }

    public void closed(BallotClosed closed) {
        if (closed.ballotId() == null || closed.closedAt() == null) {
            throw new PoisonEventException("BallotClosed lacks its ballot id or closing time");
        }
        open.deleteById(closed.ballotId());
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
        open.deleteById(cancelled.ballotId());
    }
}
