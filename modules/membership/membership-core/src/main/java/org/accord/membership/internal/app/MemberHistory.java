package org.accord.membership.internal.app;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.membership.api.MembershipModule;
import org.accord.membership.api.events.Change;
import org.accord.membership.api.events.MemberAdmitted;
import org.accord.membership.api.events.MemberProfileUpdated;
import org.accord.membership.api.events.MemberRolesChanged;
import org.accord.membership.api.events.MembershipEvent;
import org.accord.membership.api.events.VotingRightsChanged;
import org.accord.membership.internal.domain.LanguageAndZone;
import org.accord.membership.internal.domain.Member;
import org.accord.membership.internal.domain.MemberRoles;
import org.accord.membership.internal.persistence.MemberChangeEntity;
import org.accord.membership.internal.persistence.MemberChangeRepository;
import org.accord.platform.outbox.Outbox;

/**
 * Records a change in the member's history and publishes its event, in the caller's transaction. The history line keeps
 * the event's kind and facts; {@link HistoryLines} words it for each reader.
 */
@ApplicationScoped
class MemberHistory {

    private final MemberChangeRepository changes;
    private final Outbox outbox;

    MemberHistory(MemberChangeRepository changes, Outbox outbox) {
        this.changes = changes;
        this.outbox = outbox;
    }

    static Change change(String actor, String reason) {
        return new Change(actor, Instant.now(), reason);
    }

    /** The member's profile as it now is, changed by {@code actor} (the member themselves). */
    static MemberProfileUpdated profileUpdated(Member member, String actor) {
        LanguageAndZone chosen = member.languageAndZone();
        return new MemberProfileUpdated(member.id().toString(), member.profile().fullName(),
                member.profile().affiliation(), change(actor, null), chosen.language(), chosen.timeZone());
    }

    void record(MembershipEvent event) {
        record(event, null);
    }

    /**
     * @param groupName
     *            the name of the group an admitted member joins, as it is called at the time
     */
    void record(MembershipEvent event, String groupName) {
        MemberChangeEntity entry = new MemberChangeEntity();
        entry.id = UUID.randomUUID();
        entry.memberId = UUID.fromString(event.memberId());
        entry.kind = event.getClass().getSimpleName();
        entry.actor = event.change().by();
        entry.at = event.change().at();
        entry.reason = event.change().reason();
        switch (event) {
            case MemberAdmitted admitted -> {
                entry.side = admitted.side();
                entry.groupName = groupName;
                entry.roles = MemberRoles.of(admitted.roles()).stored();
            }
            case MemberRolesChanged changed -> entry.roles = MemberRoles.of(changed.roles()).stored();
            case VotingRightsChanged changed -> entry.votingRights = changed.votingRights();
            default -> {
            }
        }
        changes.persist(entry);
        outbox.append(MembershipModule.NAME, event);
    }
}
