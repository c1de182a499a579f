package org.accord.voting.internal.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.voting.internal.domain.BallotBox;
import org.accord.voting.internal.domain.Disclosure;
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

    /** The standing of a roll-call ballot, from the ballot's public votes. */
    Standing of(BallotEntity ballot, List<BallotRows.Eligible> eligibleRows, List<BallotRows.CountedVote> counted) {
        Map<String, Position> votes = new HashMap<>();
        for (BallotRows.CountedVote vote : counted) {
            votes.put(vote.memberId().toString(), Position.valueOf(vote.position()));
        }
        return RuleEngine.evaluate(rules.read(ballot.rule), voters(eligibleRows), votes);
    }

    /** A secret ballot counted: what may be published, and the papers, which no longer say whose they are. */
    record SecretCount(Disclosure.Result result, List<BallotBox.Paper> papers) {
    }

    /**
     * Counts a secret ballot from its box: each eligible voter's tag finds their paper, which is opened once. Only the
     * closing of the ballot asks for it, and the positions leave this method only as what {@link Disclosure} publishes
     * and as papers without their voters.
     */
    SecretCount countSecret(BallotEntity ballot, BallotBox box, List<BallotRows.Eligible> eligibleRows,
            int minCell) {
        Map<String, byte[]> sealedByTag = new HashMap<>();
        for (BallotRows.BoxedPaper paper : rows.box(ballot.id)) {
            sealedByTag.put(hex(paper.voterTag()), paper.sealed());
        }
        Map<String, Position> votes = new HashMap<>();
        List<BallotBox.Paper> papers = new ArrayList<>();
        for (BallotRows.Eligible eligible : eligibleRows) {
            byte[] tag = box.tagOf(eligible.memberId());
            byte[] sealed = sealedByTag.get(hex(tag));
            if (sealed != null) {
                BallotBox.Paper paper = box.open(tag, sealed);
                votes.put(eligible.memberId().toString(), paper.position());
                papers.add(paper);
            }
        }
        List<Voter> voters = voters(eligibleRows);
        return new SecretCount(Disclosure.secret(RuleEngine.evaluate(rules.read(ballot.rule), voters, votes), voters,
                votes.keySet(), minCell), papers);
    }

    /** The ballot's eligible voters as the domain sees them. */
    static List<Voter> voters(List<BallotRows.Eligible> eligibleRows) {
        return eligibleRows.stream().map(e -> new Voter(e.memberId().toString(), Side.valueOf(e.side()),
                e.groupCode(), e.weight())).toList();
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
