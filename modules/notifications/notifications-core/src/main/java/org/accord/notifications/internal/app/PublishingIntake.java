package org.accord.notifications.internal.app;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.accord.notifications.internal.domain.Reminders;
import org.accord.notifications.internal.persistence.LiaisonRows;
import org.accord.notifications.internal.persistence.MemberRows;
import org.accord.platform.security.Roles;
import org.accord.publishing.api.events.LiaisonReplyRecorded;
import org.accord.publishing.api.events.LiaisonStatementSent;
import org.accord.publishing.api.events.PublishingEvent;

/** Keeps the liaison statements awaiting a reply; the liaisons hear of a reply due soon, at once or when it nears. */
@ApplicationScoped
public class PublishingIntake {

    /** The events of publishing this intake takes. */
    public static final List<Class<? extends PublishingEvent>> EVENTS = List.of(LiaisonStatementSent.class,
            LiaisonReplyRecorded.class);

    private final LiaisonRows statements;
    private final MemberRows members;
    private final Reminding reminding;
    private final NeedsSignal needs;

    PublishingIntake(LiaisonRows statements, MemberRows members, Reminding reminding, NeedsSignal needs) {
        this.statements = statements;
        this.members = members;
        this.reminding = reminding;
        this.needs = needs;
    }

    @Transactional(TxType.MANDATORY)
    public void take(UUID eventId, PublishingEvent event) {
        switch (event) {
            case LiaisonStatementSent sent -> {
                UUID id = UUID.fromString(sent.statementId());
                statements.send(id, sent.title(), sent.addressee(), sent.replyDue(), sent.by());
                if (sent.replyDue() != null && !sent.replyDue().isAfter(Reminders.replyDueBy(sent.at()))) {
                    reminding.remindOfReply(id, sent.by(), sent.at());
                    needs.changed(eventId, members.withRole(Roles.LIAISON), sent.at());
                }
            }
            case LiaisonReplyRecorded recorded -> {
                if (statements.replied(UUID.fromString(recorded.statementId()))) {
                    needs.changed(eventId, members.withRole(Roles.LIAISON), recorded.at());
                }
            }
            default -> throw new IllegalArgumentException("Not among the events taken: " + event);
        }
    }
}
