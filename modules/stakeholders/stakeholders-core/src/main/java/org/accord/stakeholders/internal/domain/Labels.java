package org.accord.stakeholders.internal.domain;

import java.util.Map;

import org.accord.membership.api.Side;
import org.accord.platform.i18n.Text;
import org.accord.stakeholders.api.GroupSummary;

/** How sides and stakeholder groups are named to people, in each reader's language. */
public final class Labels {

    /** The groups Accord starts with, which every language names in its own words. */
    private static final Map<String, Text> STANDARD_GROUPS = Map.of(
            "INDUSTRY", Text.of("stakeholders.group_industry"),
            "ACADEMIA", Text.of("stakeholders.group_academia"),
            "CIVIL_SOCIETY", Text.of("stakeholders.group_civil_society"));

    private Labels() {
    }

    public static Text side(Side side) {
        return switch (side) {
            case US -> Text.of("stakeholders.side_us");
            case EU -> Text.of("stakeholders.side_eu");
            case OBSERVER -> Text.of("stakeholders.side_observer");
        };
    }

    /**
     * A group that keeps the name Accord gave it is named in the reader's language; once an administrator has named it,
     * it is named as they wrote it, in every language.
     */
    public static Text group(String code, String name, boolean standardName) {
        Text standard = standardName ? STANDARD_GROUPS.get(code) : null;
        return standard != null ? standard : Text.of("stakeholders.group_named", name);
    }

    /** Like {@link #group(String, String, boolean)}; a code no group has any more is shown as it is. */
    public static Text group(String code, GroupSummary group) {
        return group == null
                ? Text.of("stakeholders.group_named", code)
                : group(code, group.name(), group.standardName());
    }
}
