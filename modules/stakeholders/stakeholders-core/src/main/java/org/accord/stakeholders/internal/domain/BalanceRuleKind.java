package org.accord.stakeholders.internal.domain;

/** What a balance rule measures; its threshold says how much is acceptable. */
public enum BalanceRuleKind {

    /** No stakeholder group holds more than the threshold percentage of voting members. */
    MAX_GROUP_SHARE,

    /** Each of the US and EU sides holds at least the threshold percentage of voting members. */
    MIN_SIDE_SHARE
}
