package org.accord.stakeholders.api;

/** A stakeholder group as other modules may show it. */
public record GroupSummary(String code, String name, boolean active) {
}
