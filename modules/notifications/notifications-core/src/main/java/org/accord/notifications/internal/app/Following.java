package org.accord.notifications.internal.app;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.notifications.internal.persistence.StandardRows;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;

/**
 * Members follow the standards they care about: editors, writers, commenters and suggesters do so by themselves, and
 * anyone may follow or stop following any standard; a choice made stays, whatever they do on the standard later.
 */
@ApplicationScoped
public class Following {

    private final StandardRows standards;
    private final NeedsSignal needs;

    Following(StandardRows standards, NeedsSignal needs) {
        this.standards = standards;
        this.needs = needs;
    }

    /** @return whether the member now follows the standard */
    @Transactional
    public boolean choose(UUID memberId, UUID standardId, boolean following) {
        known(standardId);
        Instant now = Instant.now();
        standards.choose(memberId, standardId, following, now);
        // The open rounds of the standard join or leave what needs the member, on every page they have open.
        needs.changed(UUID.randomUUID(), List.of(memberId), now);
        return following;
    }

    @Transactional
    public boolean follows(UUID memberId, UUID standardId) {
        known(standardId);
        return memberId != null && standards.follows(memberId, standardId);
    }

    @Transactional
    public List<StandardRows.Followed> followed(UUID memberId) {
        return memberId == null ? List.of() : standards.followedBy(memberId);
    }

    private void known(UUID standardId) {
        if (standards.find(standardId).isEmpty()) {
            throw RuleViolation.notFound(Text.of("notifications.no_standard", standardId.toString()));
        }
    }
}
