package org.accord.review.internal.app;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.accord.drafting.api.events.ClauseAdded;
import org.accord.drafting.api.events.ClauseRevised;
import org.accord.drafting.api.events.DraftVersionPublished;
import org.accord.drafting.api.events.EditorsChanged;
import org.accord.drafting.api.events.StandardCreated;
import org.accord.membership.api.MemberStatus;
import org.accord.membership.api.events.MemberAdmitted;
import org.accord.membership.api.events.MemberLeft;
import org.accord.membership.api.events.MemberProfileUpdated;
import org.accord.membership.api.events.MemberReinstated;
import org.accord.membership.api.events.MemberSuspended;
import org.accord.membership.api.events.MembershipEvent;
import org.accord.membership.api.events.VotingRightsChanged;
import org.accord.review.internal.persistence.DraftVersionEntity;
import org.accord.review.internal.persistence.MemberEntity;
import org.accord.review.internal.persistence.MemberGroupEntity;
import org.accord.review.internal.persistence.ReviewRepositories;
import org.accord.review.internal.persistence.ReviewRows;
import org.accord.review.internal.persistence.StandardEntity;
import org.accord.stakeholders.api.events.MemberJoinedGroup;
import org.accord.stakeholders.api.events.MemberLeftGroup;

/**
 * Keeps review's own picture of members, their groups, standards with their editors, draft versions with their clauses
 * and the clause revisions, from other modules' events. Each apply is idempotent.
 */
@ApplicationScoped
public class ReviewReadModels {

    private final ReviewRepositories.Members members;
    private final ReviewRepositories.MemberGroups groups;
    private final ReviewRepositories.Standards standards;
    private final ReviewRepositories.DraftVersions versions;
    private final ReviewRows rows;

    ReviewReadModels(ReviewRepositories.Members members, ReviewRepositories.MemberGroups groups,
            ReviewRepositories.Standards standards, ReviewRepositories.DraftVersions versions, ReviewRows rows) {
        this.members = members;
        this.groups = groups;
        this.standards = standards;
        this.versions = versions;
        this.rows = rows;
    }

    @Transactional(TxType.MANDATORY)
    public void apply(MembershipEvent event) {
        UUID id = UUID.fromString(event.memberId());
        switch (event) {
            case MemberAdmitted admitted -> {
                if (members.findByIdOptional(id).isEmpty()) {
                    MemberEntity member = new MemberEntity();
                    member.memberId = id;
                    member.username = admitted.username();
                    member.fullName = admitted.fullName();
                    member.side = admitted.side().name();
                    member.votingRights = admitted.votingRights();
                    member.status = MemberStatus.ACTIVE.name();
                    members.persist(member);
                }
            }
            case MemberProfileUpdated updated -> members.findByIdOptional(id)
                    .ifPresent(m -> m.fullName = updated.fullName());
            case VotingRightsChanged changed -> members.findByIdOptional(id)
                    .ifPresent(m -> m.votingRights = changed.votingRights());
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
    public void apply(MemberLeftGroup left) {
        groups.findByIdOptional(UUID.fromString(left.memberId()))
                .filter(group -> left.groupCode().equals(group.groupCode)).ifPresent(group -> group.groupCode = null);
    }

    @Transactional(TxType.MANDATORY)
    public void apply(StandardCreated created) {
        UUID id = UUID.fromString(created.standardId());
        if (standards.findByIdOptional(id).isEmpty()) {
            StandardEntity standard = new StandardEntity();
            standard.id = id;
            standard.reference = created.reference();
            standard.title = created.title();
            standard.editors = String.join(",", created.editors());
            standards.persist(standard);
        }
    }

    @Transactional(TxType.MANDATORY)
    public void apply(EditorsChanged changed) {
        standards.findByIdOptional(UUID.fromString(changed.standardId()))
                .ifPresent(standard -> standard.editors = String.join(",", changed.editors()));
    }

    @Transactional(TxType.MANDATORY)
    public void apply(ClauseAdded added) {
        rows.addClauseRevision(UUID.fromString(added.revisionId()), UUID.fromString(added.standardId()),
                UUID.fromString(added.clauseId()), added.heading(), added.at());
    }

    @Transactional(TxType.MANDATORY)
    public void apply(ClauseRevised revised) {
        UUID revision = UUID.fromString(revised.revisionId());
        rows.addClauseRevision(revision, UUID.fromString(revised.standardId()), UUID.fromString(revised.clauseId()),
                revised.heading(), revised.at());
        // Revisions published before revisions could name comments carry no list.
        if (revised.answersComments() != null) {
            rows.addAnswers(revision, revised.answersComments().stream().map(UUID::fromString).toList());
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
        version.label = published.label();
        version.publishedAt = published.at();
        versions.persist(version);
        versions.flush();
        int ordinal = 0;
        for (DraftVersionPublished.FrozenClause clause : published.clauses()) {
            rows.addVersionClause(id, UUID.fromString(clause.clauseId()), UUID.fromString(clause.revisionId()),
                    ordinal++, clause.kind(), clause.number());
        }
    }

    private void status(UUID id, MemberStatus status) {
        members.findByIdOptional(id).ifPresent(member -> member.status = status.name());
    }
}
