package org.accord.review.internal.app;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.platform.module.AccordModule;
import org.accord.platform.module.ModuleName;
import org.accord.review.api.ReviewModule;

@ApplicationScoped
class ReviewModuleBean implements AccordModule {

    @Override
    public ModuleName name() {
        return ReviewModule.NAME;
    }
}
