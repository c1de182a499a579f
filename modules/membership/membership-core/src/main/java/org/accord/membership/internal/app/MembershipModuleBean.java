package org.accord.membership.internal.app;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.membership.api.MembershipModule;
import org.accord.platform.module.AccordModule;
import org.accord.platform.module.ModuleName;

@ApplicationScoped
class MembershipModuleBean implements AccordModule {

    @Override
    public ModuleName name() {
        return MembershipModule.NAME;
    }
}
