package org.accord.notifications.internal.app;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.accord.notifications.internal.domain.ActivityKind;
import org.accord.notifications.internal.domain.BallotOutcome;
import org.accord.notifications.internal.domain.NoticeKind;
import org.accord.notifications.internal.persistence.BallotRows;
import org.accord.notifications.internal.persistence.MemberRows;
import org.accord.notifications.internal.persistence.StandardRows;
import org.accord.platform.security.Roles;
import org.accord.voting.api.events.BallotCancelled;
import org.accord.voting.api.events.BallotClosed;
import org.accord.voting.api.events.BallotOpened;
import org.accord.voting.api.events.VoteRecorded;
import org.accord.voting.api.events.VotingEvent;
import org.accord.voting.api.query.VotingQueries;

/**
 * Keeps the ballots and who may vote and has voted in each (never how); tells the eligible voters that a ballot opened
 * and, with the followers of its standard, how it ended: passed, failed or cancelled, nothing more.
 */
@ApplicationScoped
public class VotingIntake {

    /** The events of voting this intake takes. */
    public static final List<Class<? extends VotingEvent>> EVENTS = List.of(BallotOpened.class, VoteRecorded.class,
            BallotClosed.class, BallotCancelled.class);

    private final BallotRows ballots;
    private final StandardRows standards;
    private final MemberRows members;
    private final VotingQueries voting;
    private final NoticeWriting notices;
    private final Activities activities;
    private final NeedsSignal needs;

    VotingIntake(BallotRows ballots, StandardRows standards, MemberRows members, VotingQueries voting,
            NoticeWriting notices, Activities activities, NeedsSignal needs) {
        this.ballots = ballots;
        this.standards = standards;
        this.members = members;
        this.voting = voting;
        this.notices = notices;
        this.activities = activities;
        this.needs = needs;
    }

    @Transactional(TxType.MANDATORY)
    public void take(UUID eventId, VotingEvent event) {
        UUID ballotId = UUID.fromString(event.ballotId());
        switch (event) {
            case BallotOpened opened -> open(eventId, ballotId, opened);
            case VoteRecorded recorded -> {
                UUID voter = UUID.fromString(recorded.memberId());
                if (ballots.markVoted(ballotId, voter)) {
                    needs.changed(eventId, List.of(voter), recorded.at());
                }
            }
            case BallotClosed closed -> end(eventId, ballotId, BallotOutcome.of(closed.passed()), closed.closedBy(),
                    closed.closedAt());
            case BallotCancelled cancelled -> end(eventId, ballotId, BallotOutcome.CANCELLED, cancelled.by(),
                    cancelled.at());
        }
    }

    private void open(UUID eventId, UUID ballotId, BallotOpened opened) {
        UUID versionId = opened.draftVersionId() == null ? null : UUID.fromString(opened.draftVersionId());
        UUID standardId = versionId == null ? null : standards.standardOfVersion(versionId).orElse(null);
        String title = opened.title() == null ? opened.question() : opened.title();
        ballots.open(ballotId, title, standardId, versionId, opened.secret(), opened.closesAt());
        List<UUID> voters = voting.eligibleVoters(ballotId);
        ballots.addVoters(ballotId, voters);
        notices.send(new Notice(NoticeKind.BALLOT_OPENED, eventId, ballotId, Notice.params("ballotId", ballotId,
                "title", title, "closesAt", opened.closesAt()), opened.by(), opened.at()), voters);
        activities.record(eventId, standardId, ActivityKind.BALLOT_OPENED, Notice.params("ballotId", ballotId,
                "title", title, "by", members.nameOf(opened.by())), opened.at());
        needs.changed(eventId, voters, opened.at());
    }

    private void end(UUID eventId, UUID ballotId, BallotOutcome outcome, String actor, Instant at) {
        boolean cancelled = outcome == BallotOutcome.CANCELLED;
        boolean awaitsStageChange = ballots.end(ballotId, cancelled ? "CANCELLED" : "CLOSED",
                cancelled ? null : outcome == BallotOutcome.PASSED);
        BallotRows.Ballot ballot = ballots.find(ballotId).orElse(null);
        UUID standardId = ballot == null ? null : ballot.standardId();
        String title = ballot == null ? "" : ballot.title();
        Set<UUID> recipients = new LinkedHashSet<>(ballots.voters(ballotId));
        if (standardId != null) {
            recipients.addAll(standards.followers(standardId));
        }
        Set<UUID> changed = new HashSet<>(ballots.voters(ballotId));
        changed.addAll(notices.send(new Notice(NoticeKind.BALLOT_CLOSED, eventId, ballotId, Notice.params(
                "ballotId", ballotId, "title", title, "outcome", outcome), actor, at), recipients));
        if (awaitsStageChange) {
            changed.addAll(members.withRole(Roles.MODERATOR));
        }
        activities.record(eventId, standardId, ActivityKind.BALLOT_CLOSED, Notice.params("ballotId", ballotId,
                "title", title, "outcome", outcome), at);
        needs.changed(eventId, changed, at);
    }
}
