package org.accord.notifications.api.events;

import org.accord.platform.events.IntegrationEvent;

/** Events of the notifications module, published on {@code accord.notifications.v1}. */
public sealed interface NotificationsEvent extends IntegrationEvent permits NeedsChanged {
}
