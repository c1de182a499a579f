package org.accord.stakeholders.internal.app;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.platform.module.AccordModule;
import org.accord.platform.module.ModuleName;
import org.accord.stakeholders.api.StakeholdersModule;

@ApplicationScoped
class StakeholdersModuleBean implements AccordModule {

    @Override
    public ModuleName name() {
        return StakeholdersModule.NAME;
    }
}
