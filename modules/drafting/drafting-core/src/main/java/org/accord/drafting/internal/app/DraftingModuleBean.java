package org.accord.drafting.internal.app;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.drafting.api.DraftingModule;
import org.accord.platform.module.AccordModule;
import org.accord.platform.module.ModuleName;

@ApplicationScoped
class DraftingModuleBean implements AccordModule {

    @Override
    public ModuleName name() {
        return DraftingModule.NAME;
    }
}
