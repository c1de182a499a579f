package org.accord.voting.internal.domain;

import java.util.List;

import org.accord.platform.i18n.Text;

/** How a scope (overall, a side, a stakeholder group) is named to people: on its own, and as a place in a sentence. */
public final class Scopes {

    private Scopes() {
    }

    public static Text name(String scope, GroupNames groups) {
        return switch (scope) {
            case Tally.OVERALL -> Text.of("voting.scope_overall");
            case "US" -> Text.of("voting.side_us");
            case "EU" -> Text.of("voting.side_eu");
            default -> groups.name(scope);
        };
    }

    /** Where in a sentence: "overall", "on the EU side", "in the Academia group". */
    static Text place(String scope, GroupNames groups) {
        return switch (scope) {
            case Tally.OVERALL -> Text.of("voting.place_overall");
            case "US" -> Text.of("voting.place_us");
            case "EU" -> Text.of("voting.place_eu");
            default -> Text.of("voting.place_group", groups.name(scope));
        };
    }

    static boolean isSide(String scope) {
        return scope.equals(Side.US.name()) || scope.equals(Side.EU.name());
    }

    /** Parts of one finding or summary in a list, separated as the reader's language separates them. */
    static Text listed(List<Text> parts) {
        Text list = parts.getFirst();
        for (Text part : parts.subList(1, parts.size())) {
            list = Text.of("voting.list", list, part);
        }
        return list;
    }
}
