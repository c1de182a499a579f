package org.accord.drafting.internal.domain;

import java.util.Optional;

import org.accord.platform.i18n.Text;

/** Where a standard stands on its way from first draft to publication. */
public enum Stage {
    WORKING_DRAFT("drafting.stage_working_draft", "WD"), COMMITTEE_DRAFT("drafting.stage_committee_draft",
            "CD"), CONSENSUS_DRAFT("drafting.stage_consensus_draft", "DS"), APPROVED("drafting.stage_approved",
                    "FS"), PUBLISHED("drafting.stage_published", null), WITHDRAWN("drafting.stage_withdrawn", null);

    private final String labelKey;
    private final String versionPrefix;

    Stage(String labelKey, String versionPrefix) {
        this.labelKey = labelKey;
        this.versionPrefix = versionPrefix;
    }

    /** The prefix of draft versions published in this stage, such as "CD"; empty where no versions are published. */
    public Optional<String> versionPrefix() {
        return Optional.ofNullable(versionPrefix);
    }

    /** The stage's name for people, such as "Committee draft". */
    public Text label() {
        return Text.of(labelKey);
    }

    public boolean acceptsNewVersions() {
        return versionPrefix != null;
    }
}
