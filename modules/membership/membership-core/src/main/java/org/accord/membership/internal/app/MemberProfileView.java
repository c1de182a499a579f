package org.accord.membership.internal.app;

import java.time.Instant;
import java.util.List;

import org.accord.platform.i18n.RequestLanguage;
import org.accord.platform.i18n.Text;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A member with their conflict-of-interest declarations and the history of changes to their record. */
public record MemberProfileView(MemberView member, List<Declaration> declarations, List<HistoryEntry> history) {

    public record Declaration(String text, Instant declaredAt) {
    }

    /**
     * A change to the member's record: its {@code kind} (the event that recorded it), what changed as a {@link Text},
     * and who changed it, when and why.
     */
    public record HistoryEntry(String kind, @JsonIgnore Text what, String actor, Instant at, String reason) {

        /** What changed, in the language of the request (English for a client that asks for none). */
        @JsonProperty("summary")
        public String summary() {
            return what.in(RequestLanguage.current(), RequestLanguage.currentZone());
        }
    }
}
