package org.accord.voting.api.query;

import java.util.List;
import java.util.UUID;

/** What other modules read of voting, now. */
public interface VotingQueries {

    /**
     * The members who may vote in the ballot, as snapshotted when it opened; empty for a ballot voting has not opened.
     * Says nothing of how anyone voted.
     */
    List<UUID> eligibleVoters(UUID ballotId);
}
