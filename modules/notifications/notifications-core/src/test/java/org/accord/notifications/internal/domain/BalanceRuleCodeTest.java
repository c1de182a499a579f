package org.accord.notifications.internal.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BalanceRuleCodeTest {

    @Test
    void of_takesTheAlertsCodes_overItsWords() {
        assertThat(BalanceRuleCode.of("MIN_SIDE_SHARE", 45, "No stakeholder group above 50% of voting members"))
                .contains(new BalanceRuleCode(BalanceRuleCode.Kind.MIN_SIDE_SHARE, 45));
        assertThat(BalanceRuleCode.of("MAX_GROUP_SHARE", 33, null))
                .contains(new BalanceRuleCode(BalanceRuleCode.Kind.MAX_GROUP_SHARE, 33));
    }

    @Test
    void of_readsTheWords_ofAnAlertWithoutCodesItKnows() {
        assertThat(BalanceRuleCode.of(null, null, "No stakeholder group above 50% of voting members"))
                .contains(new BalanceRuleCode(BalanceRuleCode.Kind.MAX_GROUP_SHARE, 50));
        assertThat(BalanceRuleCode.of("MAX_GROUP_SHARE", null, "Each side (US, EU) at least 40% of voting members"))
                .contains(new BalanceRuleCode(BalanceRuleCode.Kind.MIN_SIDE_SHARE, 40));
        assertThat(BalanceRuleCode.of("SOME_NEW_KIND", 10, "Some new rule")).isEmpty();
    }

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
