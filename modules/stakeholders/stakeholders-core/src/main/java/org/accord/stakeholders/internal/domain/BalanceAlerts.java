package org.accord.stakeholders.internal.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides which balance alerts to raise and which to clear. An alert stays open, and is not raised again, for as long
 * as its rule stays broken, even when the figures behind the finding change.
 */
public final class BalanceAlerts {

    private BalanceAlerts() {
    }

    /**
     * Compares the open alerts, by rule id and including rules that have since been removed, with the rules in force,
     * whose ids must be unique. Raises and clears come ordered by rule id.
     */
    public static AlertChanges decide(Set<String> openRuleIds, Collection<BalanceRule> rules, Balance balance) {
        Objects.requireNonNull(openRuleIds, "openRuleIds");
        Objects.requireNonNull(balance, "balance");
        Map<String, BalanceRule> rulesById = byId(rules);

        var toRaise = new ArrayList<AlertChanges.Raise>();
        rulesById.values().forEach(rule -> {
            Optional<Finding> finding = rule.violation(balance);
            if (finding.isPresent() && !openRuleIds.contains(rule.id())) {
                toRaise.add(new AlertChanges.Raise(rule, finding.get()));
            }
        });

        List<String> toClear = openRuleIds.stream()
                .filter(id -> !rulesById.containsKey(id) || rulesById.get(id).holds(balance))
                .sorted(Comparator.naturalOrder())
                .toList();
        return new AlertChanges(toRaise, toClear);
    }

    private static Map<String, BalanceRule> byId(Collection<BalanceRule> rules) {
        Objects.requireNonNull(rules, "rules");
        var byId = new TreeMap<String, BalanceRule>();
        for (BalanceRule rule : rules) {
            Objects.requireNonNull(rule, "rules contains null");
            if (byId.putIfAbsent(rule.id(), rule) != null) {
                throw new IllegalArgumentException("Two balance rules share the id " + rule.id());
            }
        }
        return byId;
    }
}
