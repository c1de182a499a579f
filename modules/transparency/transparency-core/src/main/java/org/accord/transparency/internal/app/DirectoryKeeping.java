package org.accord.transparency.internal.app;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.drafting.api.events.DraftVersionPublished;
import org.accord.membership.api.events.MemberAdmitted;
import org.accord.membership.api.events.MemberProfileUpdated;
import org.accord.platform.events.IntegrationEvent;
import org.accord.publishing.api.events.BundleSigned;
import org.accord.stakeholders.api.events.MemberJoinedGroup;
import org.accord.transparency.internal.persistence.DirectoryRows;
import org.accord.voting.api.events.BallotOpened;

/** Keeps the log's directory up to date with the events that change what it knows; every other event passes by. */
@ApplicationScoped
class DirectoryKeeping {

    private final DirectoryRows rows;

    DirectoryKeeping(DirectoryRows rows) {
        this.rows = rows;
    }

    void learn(IntegrationEvent event) {
        switch (event) {
            case MemberAdmitted admitted -> rows.admit(UUID.fromString(admitted.memberId()), admitted.username(),
                    admitted.fullName(), admitted.side().name(), admitted.stakeholderGroup());
            case MemberProfileUpdated updated -> rows.rename(UUID.fromString(updated.memberId()), updated.fullName());
            case MemberJoinedGroup joined -> rows.joinGroup(UUID.fromString(joined.memberId()), joined.groupCode());
            case DraftVersionPublished published -> rows.addVersion(UUID.fromString(published.versionId()),
                    UUID.fromString(published.standardId()), published.label());
            case BallotOpened opened -> rows.addBallot(UUID.fromString(opened.ballotId()),
                    opened.draftVersionId() == null
                            ? null
                            : rows.version(opened.draftVersionId())
                                    .map(version -> UUID.fromString(version.standardId()))
                                    .orElse(null),
                    opened.title());
            case BundleSigned signed -> rows.addBundle(UUID.fromString(signed.bundleId()),
                    UUID.fromString(signed.standardId()));
            default -> {
            }
        }
    }
}
