package org.accord.publishing.internal.app;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.platform.module.AccordModule;
import org.accord.platform.module.ModuleName;
import org.accord.publishing.api.PublishingModule;

@ApplicationScoped
class PublishingModuleBean implements AccordModule {

    @Override
    public ModuleName name() {
        return PublishingModule.NAME;
    }
}
