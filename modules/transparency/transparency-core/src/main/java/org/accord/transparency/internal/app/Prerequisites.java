package org.accord.transparency.internal.app;

import java.util.List;
import java.util.Optional;

import org.accord.drafting.api.events.DraftVersionPublished;
import org.accord.membership.api.events.MemberAdmitted;
import org.accord.platform.events.IntegrationEvent;
import org.accord.publishing.api.events.BundleSigned;
import org.accord.publishing.api.events.LiaisonStatementSent;
import org.accord.stakeholders.api.events.MemberJoinedGroup;
import org.accord.transparency.internal.policy.Directory;
import org.accord.voting.api.events.BallotCancelled;
import org.accord.voting.api.events.BallotClosed;
import org.accord.voting.api.events.BallotOpened;

/**
 * What an event needs the directory to know before the policy can describe it, and what an event makes known, each
 * named {@code kind:id}. Only what may come on another topic, or another partition, than the event itself is named.
 */
final class Prerequisites {

    private Prerequisites() {
    }

    /** The first thing the event needs that the directory does not know yet, if any. */
    static Optional<String> unmet(IntegrationEvent event, Directory directory) {
        return switch (event) {
            case MemberJoinedGroup joined -> unknown("member", joined.memberId(),
                    directory.member(joined.memberId()));
            case BallotOpened opened when opened.draftVersionId() != null -> unknown("version",
                    opened.draftVersionId(), directory.version(opened.draftVersionId()));
            case BallotClosed closed when closed.draftVersionId() != null -> unknown("version",
                    closed.draftVersionId(), directory.version(closed.draftVersionId()));
            case BallotCancelled cancelled -> unknown("ballot", cancelled.ballotId(),
                    directory.ballot(cancelled.ballotId()));
            case LiaisonStatementSent sent -> firstUnknownBundle(sent.bundleIds(), directory);
            default -> Optional.empty();
        };
    }

    /** What the event, once learnt, makes known to the directory, if anything an event may wait for. */
    static Optional<String> madeKnownBy(IntegrationEvent event) {
        return switch (event) {
            case MemberAdmitted admitted -> Optional.of("member:" + admitted.memberId());
            case DraftVersionPublished published -> Optional.of("version:" + published.versionId());
            case BallotOpened opened -> Optional.of("ballot:" + opened.ballotId());
            case BundleSigned signed -> Optional.of("bundle:" + signed.bundleId());
            default -> Optional.empty();
        };
    }

    private static Optional<String> firstUnknownBundle(List<String> bundleIds, Directory directory) {
        return bundleIds.stream().filter(bundleId -> directory.standardOfBundle(bundleId).isEmpty()).findFirst()
                .map(bundleId -> "bundle:" + bundleId);
    }

    private static Optional<String> unknown(String kind, String id, Optional<?> known) {
        return known.isPresent() ? Optional.empty() : Optional.of(kind + ":" + id);
    }
}
