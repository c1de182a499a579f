package org.accord.voting.internal.app;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.platform.i18n.Text;
import org.accord.voting.internal.persistence.BallotEntity;
import org.accord.voting.internal.persistence.DraftVersionEntity;
import org.accord.voting.internal.persistence.VotingRepositories;

/**
 * A ballot's title: the one its moderator gave, else for a ballot on a draft version "Approval of" that version, worded
 * in the reader's language.
 */
@ApplicationScoped
class BallotTitles {

    private final VotingRepositories.DraftVersions versions;

    BallotTitles(VotingRepositories.DraftVersions versions) {
        this.versions = versions;
    }

    Text of(BallotEntity ballot) {
        return of(ballot, ballot.title == null && ballot.draftVersionId != null
                ? versions.findById(ballot.draftVersionId)
                : null);
    }

    /** The titles of many ballots, with the draft versions they need read at once. */
    Map<UUID, Text> of(List<BallotEntity> ballots) {
        List<UUID> untitled = ballots.stream().filter(ballot -> ballot.title == null)
                .map(ballot -> ballot.draftVersionId)
                .filter(Objects::nonNull).distinct().toList();
        Map<UUID, DraftVersionEntity> byId = untitled.isEmpty()
                ? Map.of()
                : versions.list("id in ?1", untitled).stream()
                        .collect(Collectors.toMap(version -> version.id, Function.identity()));
        return ballots.stream().collect(Collectors.toMap(ballot -> ballot.id,
                ballot -> of(ballot, ballot.draftVersionId == null ? null : byId.get(ballot.draftVersionId))));
    }

    private static Text of(BallotEntity ballot, DraftVersionEntity version) {
        if (ballot.title != null) {
            return Text.of("platform.literal", ballot.title);
        }
        return version == null
                ? Text.of("platform.literal", ballot.id.toString())
                : Text.of("voting.approval_of", version.reference, version.label);
    }
}
