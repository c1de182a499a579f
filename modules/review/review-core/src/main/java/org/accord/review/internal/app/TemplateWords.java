package org.accord.review.internal.app;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.accord.platform.i18n.Languages;
import org.accord.platform.i18n.Text;
import org.accord.stakeholders.api.GroupLabels;

/**
 * The words the commenting template is filled in with, in its reader's language: sides, stakeholder groups, decisions
 * and the whole document's clause.
 */
final class TemplateWords {

    private static final Set<String> SIDES = Set.of("US", "EU", "OBSERVER", CommentImport.EXTERNAL);
    private static final Text GENERAL = Text.of("review.sheet_general");
    /** "general" in every language, so that a report downloaded in one imports in any. */
    private static final Set<String> GENERAL_WORDS = Languages.SUPPORTED.stream()
            .map(language -> GENERAL.in(language).toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private TemplateWords() {
    }

    /** The clause column of a comment on the whole document. */
    static Text general() {
        return GENERAL;
    }

    /** Blank, or "general" in one of Accord's languages: the whole document. */
    static boolean namesTheWholeDocument(String clause) {
        return clause.isEmpty() || GENERAL_WORDS.contains(clause.toLowerCase(Locale.ROOT));
    }

    /** The MB/NC column: the commenter's side and stakeholder group, e.g. "US · Industry". */
    static Text sideAndGroup(String side, String group) {
        Text sideName = SIDES.contains(side) ? Text.of("review.side_" + side) : Text.of("platform.literal", side);
        return group == null
                ? sideName
                : Text.of("review.side_and_group", sideName, GroupLabels.recorded(group, null));
    }

    static Text decision(String decision) {
        return Text.of("review.decision_" + decision);
    }
}
