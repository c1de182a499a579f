package org.accord.stakeholders.api;

import java.util.Map;

import org.accord.platform.i18n.Text;

import io.quarkus.qute.TemplateExtension;

/**
 * How a stakeholder group is named to people, on every module's pages, notices and files. A group that keeps the name
 * Accord gave it ({@code INDUSTRY}, {@code ACADEMIA}, {@code CIVIL_SOCIETY}) is named in the reader's language; a group
 * an administrator named or added, as they wrote it, in every language. In templates:
 * {@code {stakeholders:groupLabel(code).localized}}.
 */
public final class GroupLabels {

    private static final Map<String, Text> STANDARD = Map.of(
            "INDUSTRY", Text.of("groups.industry"),
            "ACADEMIA", Text.of("groups.academia"),
            "CIVIL_SOCIETY", Text.of("groups.civil_society"));

    private GroupLabels() {
    }

    public static Text of(String code, String name, boolean standardName) {
        Text standard = standardName ? STANDARD.get(code) : null;
        return standard != null ? standard : Text.of("platform.literal", name == null ? code : name);
    }

    /** The group as stakeholders has it now; {@code null} when it has no group of that code any more. */
    public static Text of(String code, GroupSummary group) {
        return group == null ? recorded(code, null) : of(code, group.name(), group.standardName());
    }

    /**
     * A group as a record kept it, by its code and perhaps the name it had, with no word of a renaming since: a
     * standard code in the reader's language, any other by the name kept, else by its code.
     */
    public static Text recorded(String code, String name) {
        return of(code, name, true);
    }

    @TemplateExtension(namespace = "stakeholders")
    static Text groupLabel(String code) {
        return recorded(code, null);
    }
}
