package org.accord.stakeholders.internal.domain;

import java.util.List;
import java.util.Objects;

/** The balance alerts to open and to close so that open alerts match the rules that are broken right now. */
public record AlertChanges(List<Raise> toRaise, List<String> toClear) {

    public AlertChanges {
        toRaise = List.copyOf(toRaise);
        toClear = List.copyOf(toClear);
    }

    public boolean isEmpty() {
        return toRaise.isEmpty() && toClear.isEmpty();
    }

    /** A rule that has just stopped holding, and what breaks it. */
    public record Raise(BalanceRule rule, Finding finding) {

        public Raise {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(finding, "finding");
        }
    }
}
