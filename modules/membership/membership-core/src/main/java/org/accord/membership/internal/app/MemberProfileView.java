package org.accord.membership.internal.app;

import java.time.Instant;
import java.util.List;

/** A member with their conflict-of-interest declarations and the history of changes to their record. */
public record MemberProfileView(MemberView member, List<Declaration> declarations, List<HistoryEntry> history) {

    public record Declaration(String text, Instant declaredAt) {
    }

    public record HistoryEntry(String summary, String actor, Instant at, String reason) {
    }
}
