package org.accord.voting.internal.app;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.accord.drafting.api.events.DraftVersionPublished;
import org.accord.drafting.api.events.StandardCreated;
import org.accord.membership.api.MemberStatus;
import org.accord.membership.api.events.MemberAdmitted;
import org.accord.membership.api.events.MemberLeft;
import org.accord.membership.api.events.MemberProfileUpdated;
import org.accord.membership.api.events.MemberReinstated;
import org.accord.membership.api.events.MemberSuspended;
import org.accord.membership.api.events.MembershipEvent;
import org.accord.membership.api.events.VotingRightsChanged;
import org.accord.stakeholders.api.events.MemberJoinedGroup;
import org.accord.voting.internal.persistence.DraftVersionEntity;
import org.accord.voting.internal.persistence.MemberGroupEntity;
import org.accord.voting.internal.persistence.StandardEntity;
import org.accord.voting.internal.persistence.VoterEntity;
import org.accord.voting.internal.persistence.VotingRepositories;

/** Keeps voting's own picture of voters, their groups and the published draft versions, from other modules' events. */
@ApplicationScoped
public class ReadModels {

    private final VotingRepositories.Voters voters;
    private final VotingRepositories.MemberGroups groups;
    private final VotingRepositories.DraftVersions versions;
    private final VotingRepositories.Standards standards;

    ReadModels(VotingRepositories.Voters voters, VotingRepositories.MemberGroups groups,
            VotingRepositories.DraftVersions versions, VotingRepositories.Standards standards) {
        this.voters = voters;
        this.groups = groups;
        this.versions = versions;
        this.standards = standards;
    }

    @Transactional(TxType.MANDATORY)
    public void apply(MembershipEvent event) {
        UUID id = UUID.fromString(event.memberId());
        switch (event) {
            case MemberAdmitted admitted -> {
                if (voters.findByIdOptional(id).isEmpty()) {
                    VoterEntity voter = new VoterEntity();
                    voter.memberId = id;
                    voter.username = admitted.username();
                    voter.fullName = admitted.fullName();
                    voter.side = admitted.side().name();
                    voter.votingRights = admitted.votingRights();
                    voter.status = MemberStatus.ACTIVE.name();
                    voters.persist(voter);
                }
            }
            case MemberProfileUpdated updated -> voters.findByIdOptional(id).ifPresent(v -> v.fullName = updated
                    .fullName());
            case VotingRightsChanged changed -> voters.findByIdOptional(id)
                    .ifPresent(v -> v.votingRights = changed.votingRights());
            case MemberSuspended suspended -> status(id, MemberStatus.SUSPENDED);
            case MemberReinstated reinstated -> status(id, MemberStatus.ACTIVE);
            case MemberLeft left -> status(id, MemberStatus.LEFT);
            default -> {
            }
        }
    }

    @Transactional(TxType.MANDATORY)
    public void apply(MemberJoinedGroup joined) {
        UUID id = UUID.fromString(joined.memberId());
        MemberGroupEntity group = groups.findByIdOptional(id).orElseGet(() -> {
            MemberGroupEntity created = new MemberGroupEntity();
            created.memberId = id;
            groups.persist(created);
            return created;
        });
        group.groupCode = joined.groupCode();
    }

    @Transactional(TxType.MANDATORY)
    public void apply(StandardCreated created) {
        UUID id = UUID.fromString(created.standardId());
        if (standards.findByIdOptional(id).isEmpty()) {
            StandardEntity standard = new StandardEntity();
            standard.id = id;
            standard.reference = created.reference();
            standard.title = created.title();
            standards.persist(standard);
        }
    }

    @Transactional(TxType.MANDATORY)
    public void apply(DraftVersionPublished published) {
        UUID id = UUID.fromString(published.versionId());
        if (versions.findByIdOptional(id).isPresent()) {
            return;
        }
        DraftVersionEntity version = new DraftVersionEntity();
        version.id = id;
        version.standardId = UUID.fromString(published.standardId());
        StandardEntity standard = standards.findById(version.standardId);
        version.reference = standard == null ? "" : standard.reference;
        version.title = standard == null ? "" : standard.title;
        version.label = published.label();
        version.publishedAt = published.at();
        version.contentHash = published.contentHash();
        versions.persist(version);
    }

    private void status(UUID id, MemberStatus status) {
        voters.findByIdOptional(id).ifPresent(voter -> voter.status = status.name());
    }
}
