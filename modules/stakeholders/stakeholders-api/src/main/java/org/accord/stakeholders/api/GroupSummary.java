package org.accord.stakeholders.api;

/**
 * A stakeholder group as other modules may show it. {@code standardName}: the group still has the name Accord gave it
 * (one of {@code INDUSTRY}, {@code ACADEMIA}, {@code CIVIL_SOCIETY}), so {@link GroupLabels} names it in the reader's
 * language; otherwise {@code name} is what an administrator wrote, shown as written in every language.
 */
public record GroupSummary(String code, String name, boolean active, boolean standardName) {
}
