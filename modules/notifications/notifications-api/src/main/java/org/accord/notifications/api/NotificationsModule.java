package org.accord.notifications.api;

import org.accord.platform.module.ModuleName;

/**
 * What needs each member: the standards they follow, their in-app notices and e-mails (immediate or in a daily digest),
 * and the live updates that let open pages follow changes made by others.
 */
public final class NotificationsModule {

    public static final ModuleName NAME = new ModuleName("notifications");

    private NotificationsModule() {
    }
}
