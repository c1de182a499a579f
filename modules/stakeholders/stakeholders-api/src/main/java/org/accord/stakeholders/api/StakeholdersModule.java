package org.accord.stakeholders.api;

import org.accord.platform.module.ModuleName;

/** Stakeholder groups, who belongs to which, and whether the working group is balanced. */
public final class StakeholdersModule {

    public static final ModuleName NAME = new ModuleName("stakeholders");

    private StakeholdersModule() {
    }
}
