package org.accord.stakeholders.api.events;

import java.time.Instant;
import java.util.List;

import org.accord.platform.events.EventType;

/**
 * A balance rule stopped holding. {@code rule} and {@code finding} say it in English; {@code kind}
 * ({@code MAX_GROUP_SHARE} or {@code MIN_SIDE_SHARE}), {@code thresholdPercent} and {@code breaches} give the same as
 * codes and figures, for readers who say it in their own language. Events written before those fields existed lack
 * them: {@code kind} and {@code thresholdPercent} are then null and {@code breaches} empty.
 */
@EventType("accord.stakeholders.BalanceAlertRaised.v1")
public record BalanceAlertRaised(String ruleId, String rule, String finding, Instant at, String kind,
        Integer thresholdPercent, List<Breach> breaches) implements StakeholdersEvent {

    /**
     * A group ({@code subject} is its code) or a side ({@code US} or {@code EU}) beyond the threshold, and its share of
     * voting members in percent as a plain decimal, with as many digits as it takes not to read as the threshold
     * ({@code "62.5"}, {@code "33.01"} above a 33% limit).
     */
    public record Breach(String subject, String share) {
    }

    public BalanceAlertRaised {
        breaches = breaches == null ? List.of() : List.copyOf(breaches);
    }

    public BalanceAlertRaised(String ruleId, String rule, String finding, Instant at) {
        this(ruleId, rule, finding, at, null, null, List.of());
    }

    @Override
    public String subject() {
        return ruleId;
    }
}
