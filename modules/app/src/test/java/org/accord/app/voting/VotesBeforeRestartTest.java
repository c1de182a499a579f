package org.accord.app.voting;

import jakarta.inject.Inject;

import org.accord.testing.AccordTestStack;
import org.accord.voting.internal.app.Voting;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** First half of the restart test: votes cast in an open ballot, then the application stops (see the second half). */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
@Order(1)
class VotesBeforeRestartTest {

    static final String BALLOT = "accord.test.restart.ballot";
    static final String LATE_VOTER = "accord.test.restart.late-voter";

    @Inject
    Electorate electorate;
    @Inject
    Voting voting;

    @Test
    void votesAreCast_beforeTheApplicationRestarts() {
        String first = electorate.voter("US", "INDUSTRY", true);
        String second = electorate.voter("EU", "ACADEMIA", true);
        String late = electorate.voter("EU", "CIVIL_SOCIETY", true);
        var ballot = electorate.ballot(null, "SIMPLE_MAJORITY", false);
        voting.cast(ballot, first, "APPROVE", null);
        voting.cast(ballot, second, "DISAPPROVE", "Not yet");

        System.setProperty(BALLOT, ballot.toString());
        System.setProperty(LATE_VOTER, late);
    }
}
