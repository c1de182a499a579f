package org.accord.notifications.internal.app;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.notifications.internal.domain.Delivery;
import org.accord.notifications.internal.domain.NoticeKind;
import org.accord.notifications.internal.persistence.PreferenceRows;

/** How a member receives each kind of notice by e-mail: as they chose, else as the kind does by default. */
@ApplicationScoped
public class Preferences {

    private final PreferenceRows rows;

    Preferences(PreferenceRows rows) {
        this.rows = rows;
    }

    public Delivery deliveryOf(UUID memberId, NoticeKind kind) {
        return rows.delivery(memberId, kind.name()).map(Delivery::valueOf).orElse(kind.byDefault());
    }
}
