package org.accord.stakeholders.internal.domain;

import java.util.List;
import java.util.Objects;

/**
 * What breaks a balance rule, kept as codes and figures so that each reader gets it in their own language: the kind of
 * rule, its threshold, and every group or side beyond it, in the balance's order.
 */
public record Finding(BalanceRuleKind kind, int thresholdPercent, List<Breach> breaches) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        breaches = List.copyOf(breaches);
    }
}
