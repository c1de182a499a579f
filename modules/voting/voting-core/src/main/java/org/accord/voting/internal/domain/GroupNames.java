package org.accord.voting.internal.domain;

import org.accord.platform.i18n.Text;

/** How stakeholder groups are named to people; the engine knows a group only by its code. */
@FunctionalInterface
public interface GroupNames {

    /** Each group by its code, as the events and the public log have always named it. */
    GroupNames CODES = code -> Text.of("platform.literal", code);

    Text name(String code);
}
