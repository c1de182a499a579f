package org.accord.notifications.internal.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BalanceRuleCodeTest {

    @Test
    void read_knowsBothKindsOfRule_asStakeholdersWordThem() {
        assertThat(BalanceRuleCode.read("No stakeholder group above 50% of voting members"))
                .contains(new BalanceRuleCode(BalanceRuleCode.Kind.MAX_GROUP_SHARE, 50));
        assertThat(BalanceRuleCode.read("Each side (US, EU) at least 40% of voting members"))
                .contains(new BalanceRuleCode(BalanceRuleCode.Kind.MIN_SIDE_SHARE, 40));
        assertThat(BalanceRuleCode.read(" Each side (US, EU) at least 35 % of voting members "))
                .contains(new BalanceRuleCode(BalanceRuleCode.Kind.MIN_SIDE_SHARE, 35));
    }

    @Test
    void read_findsNoRuleInOtherWords() {
        assertThat(BalanceRuleCode.read("No group above 40 %")).isEmpty();
        assertThat(BalanceRuleCode.read("No stakeholder group above 50% of voting members; drop tables")).isEmpty();
        assertThat(BalanceRuleCode.read(null)).isEmpty();
    }
}
