package org.accord.notifications.internal.app;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.notifications.api.NotificationsModule;
import org.accord.platform.module.AccordModule;
import org.accord.platform.module.ModuleName;

@ApplicationScoped
class NotificationsModuleBean implements AccordModule {

    @Override
    public ModuleName name() {
        return NotificationsModule.NAME;
    }
}
