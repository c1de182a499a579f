package org.accord.stakeholders.internal.domain;

import org.accord.membership.api.Side;
import org.accord.platform.i18n.Text;

/** How sides are named to people, in each reader's language; groups are named by {@code GroupLabels}. */
public final class Labels {

    private Labels() {
    }

    public static Text side(Side side) {
        return switch (side) {
            case US -> Text.of("stakeholders.side_us");
            case EU -> Text.of("stakeholders.side_eu");
            case OBSERVER -> Text.of("stakeholders.side_observer");
        };
    }
}
