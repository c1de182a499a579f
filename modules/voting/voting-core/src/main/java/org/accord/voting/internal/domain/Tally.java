package org.accord.voting.internal.domain;

/**
 * How the eligible voters of one scope stand: "overall", "US", "EU" or a stakeholder group code. Every count is a sum
 * of voter weights.
 */
public record Tally(String scope, int eligible, int approve, int approveWithComments, int disapprove, int abstain) {

    public static final String OVERALL = "overall";

    public Tally {
        if (scope == null || scope.isBlank()) {
            throw new IllegalArgumentException("A tally needs a non-blank scope");
        }
        if (eligible < 0 || approve < 0 || approveWithComments < 0 || disapprove < 0 || abstain < 0) {
            throw new IllegalArgumentException("The counts of tally " + scope + " cannot be negative");
        }
        long participated = (long) approve + approveWithComments + disapprove + abstain;
        if (participated > eligible) {
            throw new IllegalArgumentException("Tally " + scope + " has " + participated + " votes but only "
                    + eligible + " eligible");
        }
    }

    /** Approvals with and without comments. */
    public int approvals() {
        return approve + approveWithComments;
    }

    /** Approvals and disapprovals; abstentions are not votes cast. */
    public int votesCast() {
        return approvals() + disapprove;
    }

    /** Everyone who has voted, abstentions included, as counted for a quorum. */
    public int participated() {
        return votesCast() + abstain;
    }

    /** Eligible weight that has not voted yet. */
    public int notVoted() {
        return eligible - participated();
    }
}
