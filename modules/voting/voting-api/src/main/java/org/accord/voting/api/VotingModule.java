package org.accord.voting.api;

import org.accord.platform.module.ModuleName;

/** Ballots, who may vote in them, the votes, and results under the group's rules. */
public final class VotingModule {

    public static final ModuleName NAME = new ModuleName("voting");

    private VotingModule() {
    }
}
