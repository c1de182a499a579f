package org.accord.notifications.internal.app;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.accord.notifications.internal.domain.NoticeKind;
import org.accord.notifications.internal.domain.Reminders;
import org.accord.notifications.internal.persistence.BallotRows;
import org.accord.notifications.internal.persistence.LiaisonRows;
import org.accord.notifications.internal.persistence.MemberRows;
import org.accord.notifications.internal.persistence.RoundRows;
import org.accord.notifications.internal.persistence.StandardRows;
import org.accord.platform.lifecycle.ClockTicks;
import org.accord.platform.security.Roles;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Reminds of deadlines as they near: ballots closing within a day (those who have not voted), comment rounds closing
 * within a day (followers), liaison replies due within three days (liaisons). Each ballot, round and statement is
 * claimed by one statement that marks it reminded, so with several instances one reminds of it; the notices are named
 * after the kind and the subject (and a round's close, which an extension moves and which is then reminded of again),
 * so even a reminder repeated after a crash writes nothing twice.
 */
@ApplicationScoped
public class Reminding {

    private final BallotRows ballots;
    private final RoundRows rounds;
    private final LiaisonRows statements;
    private final StandardRows standards;
    private final MemberRows members;
    private final NoticeWriting notices;
    private final NeedsSignal needs;
    private final ClockTicks ticks = new ClockTicks();

    Reminding(BallotRows ballots, RoundRows rounds, LiaisonRows statements, StandardRows standards,
            MemberRows members, NoticeWriting notices, NeedsSignal needs) {
        this.ballots = ballots;
        this.rounds = rounds;
        this.statements = statements;
        this.standards = standards;
        this.members = members;
        this.notices = notices;
        this.needs = needs;
    }

    @Scheduled(every = "${accord.notifications.reminder-interval}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        ticks.run(() -> remindDue(Instant.now()));
    }

    void stop(@Observes ShutdownEvent event) {
        ticks.stop();
    }

    /** Reminds of every deadline near at {@code now}. */
    @Transactional
    public void remindDue(Instant now) {
        for (BallotRows.Ballot ballot : ballots.claimReminders(now, Reminders.closingBy(now))) {
            remind(NoticeKind.BALLOT_CLOSING, ballot.id(), Reminders.eventId(NoticeKind.BALLOT_CLOSING, ballot.id()),
                    Notice.params("ballotId", ballot.id(), "title", ballot.title(), "closesAt", ballot.closesAt()),
                    ballots.votersYetToVote(ballot.id()), null, now);
        }
        for (RoundRows.Round round : rounds.claimReminders(now, Reminders.closingBy(now))) {
            String reference = standards.find(round.standardId()).map(StandardRows.Standard::reference).orElse("");
            remind(NoticeKind.ROUND_CLOSING, round.id(),
                    Reminders.eventId(NoticeKind.ROUND_CLOSING, round.id(), round.closesAt()),
                    Notice.params("roundId", round.id(), "title", round.title(), "reference", reference,
                            "closesAt", round.closesAt()),
                    standards.followers(round.standardId()), null, now);
        }
        statements.claimReminders(Reminders.replyDueBy(now))
                .forEach(statement -> remindOfReply(statement, null, now));
    }

    /**
     * Reminds of the reply to one statement if it is due soon and nobody reminded of it yet; never the one who sent it
     * (null when no one in particular).
     */
    @Transactional
    public void remindOfReply(UUID statementId, String sender, Instant now) {
        statements.claimReminder(statementId, Reminders.replyDueBy(now))
                .forEach(statement -> remindOfReply(statement, sender, now));
    }

    private void remindOfReply(LiaisonRows.Statement statement, String sender, Instant now) {
        remind(NoticeKind.LIAISON_REPLY_DUE, statement.id(),
                Reminders.eventId(NoticeKind.LIAISON_REPLY_DUE, statement.id()),
                Notice.params("statementId", statement.id(), "title", statement.title(), "addressee",
                        statement.addressee(), "replyDue", statement.replyDue()),
                members.withRole(Roles.LIAISON), sender, now);
    }

    private void remind(NoticeKind kind, UUID subjectId, UUID eventId, Map<String, String> params,
            Collection<UUID> recipients, String actor, Instant now) {
        needs.changed(eventId, notices.send(new Notice(kind, eventId, subjectId, params, actor, now), recipients),
                now);
    }
}
