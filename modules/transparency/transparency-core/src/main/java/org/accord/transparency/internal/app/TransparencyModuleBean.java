package org.accord.transparency.internal.app;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.platform.module.AccordModule;
import org.accord.platform.module.ModuleName;
import org.accord.transparency.api.TransparencyModule;

@ApplicationScoped
class TransparencyModuleBean implements AccordModule {

    @Override
    public ModuleName name() {
        return TransparencyModule.NAME;
    }
}
