package org.accord.stakeholders.internal.app;

import java.time.Instant;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.stakeholders.internal.domain.BalanceRule;
import org.accord.stakeholders.internal.domain.BalanceRuleKind;
import org.accord.stakeholders.internal.domain.BalanceWords;
import org.accord.stakeholders.internal.persistence.BalanceRuleEntity;
import org.accord.stakeholders.internal.persistence.StakeholderRepositories;

/** Administrators set the balance rules; every change re-evaluates the alerts at once. */
@ApplicationScoped
public class BalanceRulesAdministration {

    private final StakeholderRepositories.Rules rules;
    private final BalanceWatch balance;

    BalanceRulesAdministration(StakeholderRepositories.Rules rules, BalanceWatch balance) {
        this.rules = rules;
        this.balance = balance;
    }

    @Transactional
    public String add(String kindText, int thresholdPercent) {
        BalanceRuleKind kind = kind(kindText);
        String id = kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + thresholdPercent;
        valid(id, kind, thresholdPercent);
        if (rules.findByIdOptional(id).isPresent()) {
            throw RuleViolation.conflict("kind",
                    Text.of("stakeholders.rule_exists", BalanceWords.rule(kind, thresholdPercent)));
        }
        BalanceRuleEntity entity = new BalanceRuleEntity();
        entity.id = id;
        entity.kind = kind;
        entity.thresholdPercent = thresholdPercent;
        entity.createdAt = Instant.now();
        rules.persist(entity);
        balance.reevaluate();
        return id;
    }

    @Transactional
    public void changeThreshold(String id, int thresholdPercent) {
        BalanceRuleEntity entity = existing(id);
        valid(id, entity.kind, thresholdPercent);
        entity.thresholdPercent = thresholdPercent;
        balance.reevaluate();
    }

    @Transactional
    public void remove(String id) {
        rules.delete(existing(id));
        balance.reevaluate();
    }

    private BalanceRuleEntity existing(String id) {
        return rules.findByIdOptional(id == null ? "" : id)
                .orElseThrow(() -> RuleViolation.notFound(Text.of("stakeholders.no_rule", id)));
    }

    private static void valid(String id, BalanceRuleKind kind, int thresholdPercent) {
        try {
            new BalanceRule(id, kind, thresholdPercent);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("thresholdPercent",
                    Text.of("stakeholders.threshold_range", String.valueOf(thresholdPercent)));
        }
    }

    private static BalanceRuleKind kind(String kind) {
        try {
            return BalanceRuleKind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("kind", Text.of("stakeholders.unknown_rule_kind"));
        }
    }
}
