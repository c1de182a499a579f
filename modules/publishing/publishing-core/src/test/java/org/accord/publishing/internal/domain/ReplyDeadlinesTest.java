package org.accord.publishing.internal.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyDeadlinesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);

    @Test
    void aStatementIsOverdue_onlyOnceItsDueDayHasPassedWithoutAReply() {
        assertThat(ReplyDeadlines.overdue(TODAY.minusDays(1), false, TODAY)).isTrue();
        assertThat(ReplyDeadlines.overdue(TODAY, false, TODAY)).isFalse();
        assertThat(ReplyDeadlines.overdue(TODAY.minusDays(1), true, TODAY)).isFalse();
        assertThat(ReplyDeadlines.overdue(null, false, TODAY)).isFalse();
    }
}
