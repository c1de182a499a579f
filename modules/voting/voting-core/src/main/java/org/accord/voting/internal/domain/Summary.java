package org.accord.voting.internal.domain;

import java.util.List;

import org.accord.platform.i18n.Text;

/**
 * Where a ballot stands, or how it ended, in one sentence: kept as what it says until the reader's language and the
 * names of the groups are known.
 */
public sealed interface Summary {

    Text text(GroupNames groups);

    /** Every check holds. */
    record Passes() implements Summary {

        @Override
        public Text text(GroupNames groups) {
            return Text.of("voting.passes");
        }
    }

    /** Nobody may vote, so nothing can pass. */
    record NoEligibleVoters() implements Summary {

        @Override
        public Text text(GroupNames groups) {
            return Text.of("voting.no_eligible_voters_at_all");
        }
    }

    /**
     * The checks that do not hold, each with the approvals it still needs; "yet" while approvals from those who have
     * not voted could still make every one of them hold.
     */
    record ShortOf(List<Check> failing) implements Summary {

        public ShortOf {
            if (failing.isEmpty()) {
                throw new IllegalArgumentException("A ballot short of approvals has at least one failing check");
            }
            failing = List.copyOf(failing);
        }

        @Override
        public Text text(GroupNames groups) {
            boolean fixable = failing.stream().allMatch(check -> check.approvalsStillNeeded() > 0);
            List<Text> shortfalls = failing.stream().map(check -> shortfall(check, groups)).toList();
            return Text.of(fixable ? "voting.not_yet" : "voting.does_not_pass_because", Scopes.listed(shortfalls));
        }

        private static Text shortfall(Check check, GroupNames groups) {
            Text place = Scopes.place(check.scope(), groups);
            return switch (check.approvalsStillNeeded()) {
                case -1 -> Text.of("voting.shortfall_impossible", place);
                case 1 -> Text.of("voting.shortfall_one", place);
                default -> Text.of("voting.shortfall_more", check.approvalsStillNeeded(), place);
            };
        }
    }

    /** A secret ballot's outcome alone: where the rule does not hold, and nothing a withheld tally would tell. */
    record DoesNotHold(List<String> scopes) implements Summary {

        public DoesNotHold {
            scopes = List.copyOf(scopes);
        }

        @Override
        public Text text(GroupNames groups) {
            return scopes.isEmpty()
                    ? Text.of("voting.does_not_pass")
                    : Text.of("voting.does_not_hold_in",
                            Scopes.listed(scopes.stream().map(scope -> Scopes.place(scope, groups)).toList()));
        }
    }
}
