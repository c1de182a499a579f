package org.accord.voting.internal.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.voting.internal.domain.Position;
import org.accord.voting.internal.domain.RuleEngine;
import org.accord.voting.internal.domain.Side;
import org.accord.voting.internal.domain.Standing;
import org.accord.voting.internal.domain.Voter;
import org.accord.voting.internal.persistence.BallotEntity;
import org.accord.voting.internal.persistence.BallotRows;

/** Where a ballot stands: its eligible voters and counted votes put through its rule. */
@ApplicationScoped
class BallotStandings {

    private final BallotRows rows;
    private final Rules rules;

    BallotStandings(BallotRows rows, Rules rules) {
        this.rows = rows;
        this.rules = rules;
    }

    Standing of(BallotEntity ballot) {
        return of(ballot, rows.eligible(ballot.id), rows.votes(ballot.id));
    }

    /** For a caller that has already read the ballot's eligible voters and votes. */
    Standing of(BallotEntity ballot, List<BallotRows.Eligible> eligibleRows, List<BallotRows.CountedVote> counted) {
        List<Voter> eligible = eligibleRows.stream().map(e -> new Voter(e.memberId().toString(),
                Side.valueOf(e.side()), e.groupCode(), e.weight())).toList();
        Map<String, Position> votes = new HashMap<>();
        for (BallotRows.CountedVote vote : counted) {
            votes.put(vote.memberId().toString(), Position.valueOf(vote.position()));
        }
        return RuleEngine.evaluate(rules.read(ballot.rule), eligible, votes);
    }
}
