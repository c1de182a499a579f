package org.accord.drafting.internal.domain;

import java.util.Optional;

/** Where a standard stands on its way from first draft to publication. */
public enum Stage {
    WORKING_DRAFT("Working draft", "WD"), COMMITTEE_DRAFT("Committee draft", "CD"), CONSENSUS_DRAFT("Consensus draft",
            "DS"), APPROVED("Approved", "FS"), PUBLISHED("Published", null), WITHDRAWN("Withdrawn", null);

    private final String label;
    private final String versionPrefix;

    Stage(String label, String versionPrefix) {
        this.label = label;
        this.versionPrefix = versionPrefix;
    }

    /** The prefix of draft versions published in this stage, such as "CD"; empty where no versions are published. */
    public Optional<String> versionPrefix() {
        return Optional.ofNullable(versionPrefix);
    }

    public String label() {
        return label;
    }

    public boolean acceptsNewVersions() {
        return versionPrefix != null;
    }
}
