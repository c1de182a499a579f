package org.accord.notifications.internal.app;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.notifications.internal.domain.Reminders;
import org.accord.notifications.internal.persistence.MemberRows;
import org.accord.notifications.internal.persistence.NeedsRows;

/** What waits on the signed-in member, by kind, and the latest activity on the standards they follow. */
@ApplicationScoped
public class NeedsQueries {

    static final int RECENT_ACTIVITY = 20;

    /** Everything the home page shows a member. */
    public record Needs(List<NeedsRows.BallotToVote> ballots, List<NeedsRows.OpenRound> rounds,
            List<NeedsRows.OwnComment> comments, List<NeedsRows.SuggestionToDecide> suggestions,
            List<NeedsRows.StageAwaited> stages, List<NeedsRows.ReplyDue> replies, List<NeedsRows.Alert> alerts,
            List<NeedsRows.Activity> activity) {

        public boolean nothing() {
            return ballots.isEmpty() && rounds.isEmpty() && comments.isEmpty() && suggestions.isEmpty()
                    && stages.isEmpty() && replies.isEmpty() && alerts.isEmpty();
        }
    }

    /** The signed-in person as the needs depend on them. */
    public record Person(String username, boolean moderator, boolean liaison, boolean admin) {
    }

    private final MemberRows members;
    private final NeedsRows needs;

    NeedsQueries(MemberRows members, NeedsRows needs) {
        this.members = members;
        this.needs = needs;
    }

    /** The member's id, once notifications have heard of their admission. */
    @Transactional
    public Optional<UUID> memberIdOf(String username) {
        return members.idOf(username);
    }

    @Transactional
    public Needs of(UUID memberId, Person person) {
        NeedsRows.Viewer viewer = viewer(memberId, person);
        return new Needs(needs.ballots(viewer), needs.rounds(viewer), needs.comments(viewer),
                needs.suggestions(viewer), needs.stages(viewer), needs.replies(viewer), needs.alerts(viewer),
                needs.activity(memberId, RECENT_ACTIVITY));
    }

    @Transactional
    public NeedsRows.Counts counts(UUID memberId, Person person) {
        return needs.counts(viewer(memberId, person));
    }

    private static NeedsRows.Viewer viewer(UUID memberId, Person person) {
        Instant now = Instant.now();
        return new NeedsRows.Viewer(memberId, person.username(), person.moderator(), person.liaison(),
                person.admin(), Reminders.disposedSince(now), Reminders.replyDueBy(now));
    }
}
