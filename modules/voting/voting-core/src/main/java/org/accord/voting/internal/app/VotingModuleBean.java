package org.accord.voting.internal.app;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.platform.module.AccordModule;
import org.accord.platform.module.ModuleName;
import org.accord.voting.api.VotingModule;

@ApplicationScoped
class VotingModuleBean implements AccordModule {

    @Override
    public ModuleName name() {
        return VotingModule.NAME;
    }
}
