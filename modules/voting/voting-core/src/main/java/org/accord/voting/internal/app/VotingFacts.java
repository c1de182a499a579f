package org.accord.voting.internal.app;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.voting.api.query.VotingQueries;
import org.accord.voting.internal.persistence.BallotRows;

/** What other modules read of voting. */
@ApplicationScoped
@Transactional
public class VotingFacts implements VotingQueries {

    private final BallotRows rows;

    VotingFacts(BallotRows rows) {
        this.rows = rows;
    }

    @Override
    public List<UUID> eligibleVoters(UUID ballotId) {
        return rows.eligibleMemberIds(ballotId);
    }
}
