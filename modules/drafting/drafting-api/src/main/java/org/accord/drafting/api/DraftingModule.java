package org.accord.drafting.api;

import org.accord.platform.module.ModuleName;

/** Standards, their clauses, every revision, frozen draft versions and the stage each standard is in. */
public final class DraftingModule {

    public static final ModuleName NAME = new ModuleName("drafting");

    private DraftingModule() {
    }
}
