package org.accord.stakeholders.internal.domain;

/**
 * One stakeholder group or side beyond a balance rule's threshold: its code (a group code, or {@code US} or {@code EU})
 * and its share of all voting members, in percent.
 */
public record Breach(String subject, double share) {

    public Breach {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A breach names the group or side beyond the threshold");
        }
        if (!(share >= 0 && share <= 100)) {
            throw new IllegalArgumentException("A share is between 0 and 100 percent, got: " + share);
        }
    }

    /**
     * The share for machines, a plain decimal with the digits that tell it from {@code thresholdPercent}: {@code 33.01}
     * above a 33% limit, {@code 62.5} otherwise.
     */
    public String plainShare(int thresholdPercent) {
        return Percentages.breaking(share, thresholdPercent).toPlainString();
    }
}
