package org.accord.membership.internal.app;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.membership.api.MemberDirectory;
import org.accord.membership.api.MemberStatus;
import org.accord.membership.api.MemberSummary;
import org.accord.membership.internal.domain.MemberRoles;
import org.accord.membership.internal.persistence.ConflictOfInterestRepository;
import org.accord.membership.internal.persistence.MemberChangeRepository;
import org.accord.membership.internal.persistence.MemberEntity;
import org.accord.membership.internal.persistence.MemberRepository;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.platform.web.PageRequest;
import org.accord.platform.web.Slice;
import org.accord.stakeholders.api.GroupSummary;
import org.accord.stakeholders.api.StakeholderGroups;

/** Read side of membership. The directory is filtered and paged in the database. */
@ApplicationScoped
@Transactional
public class MemberQueries implements MemberDirectory {

    private final MemberRepository members;
    private final MemberChangeRepository changes;
    private final ConflictOfInterestRepository declarations;
    private final StakeholderGroups groups;

    MemberQueries(MemberRepository members, MemberChangeRepository changes, ConflictOfInterestRepository declarations,
            StakeholderGroups groups) {
        this.members = members;
        this.changes = changes;
        this.declarations = declarations;
        this.groups = groups;
    }

    /** The whole directory, for pages; the API reads it a page at a time. */
    public List<MemberView> search(MemberFilter filter) {
        Map<UUID, String> currentGroups = groups.currentGroups();
        Map<String, String> groupNames = groupNames();
        return filter.where(currentGroups).map(members::directory).orElse(List.of()).stream()
                .map(entity -> view(entity, currentGroups, groupNames)).toList();
    }

    public Slice<MemberView> search(MemberFilter filter, PageRequest page) {
        Map<UUID, String> currentGroups = groups.currentGroups();
        Map<String, String> groupNames = groupNames();
        List<MemberEntity> rows = filter.where(currentGroups).map(where -> members.directory(where, page))
                .orElse(List.of());
        return Slice.of(rows, page, MemberRepository::keyOf).map(entity -> view(entity, currentGroups, groupNames));
    }

    public MemberProfileView profile(UUID memberId) {
        MemberEntity entity = members.findByIdOptional(memberId)
                .orElseThrow(() -> RuleViolation.notFound(Text.of("membership.no_member", memberId.toString())));
        return new MemberProfileView(view(entity, groups.currentGroups(), groupNames()),
                declarations.declarations(memberId).stream()
                        .map(d -> new MemberProfileView.Declaration(d.text, d.declaredAt)).toList(),
                changes.history(memberId).stream()
                        .map(c -> new MemberProfileView.HistoryEntry(c.kind,
                                HistoryLines.line(c.kind, c.side, c.groupName, c.roles, c.votingRights), c.actor, c.at,
                                c.reason))
                        .toList());
    }

    /**
     * Why the member signed in as {@code username} may not change anything now, if so: suspended and departed members
     * are refused every write, whatever token they still hold.
     */
    public Optional<Text> writeRefusal(String username) {
        return members.find("username", username).firstResultOptional()
                .filter(member -> member.status != MemberStatus.ACTIVE).map(member -> {
                    String why = changes.history(member.id).stream().filter(change -> change.reason != null)
                            .findFirst().map(change -> change.reason).orElse(null);
                    boolean suspended = member.status == MemberStatus.SUSPENDED;
                    if (why == null) {
                        return Text.of(suspended
                                ? "membership.refused_while_suspended"
                                : "membership.refused_after_leaving");
                    }
                    return Text.of(suspended
                            ? "membership.refused_while_suspended_because"
                            : "membership.refused_after_leaving_because", why);
                });
    }

    public Optional<UUID> memberIdOf(String username) {
        return members.find("username", username).firstResultOptional().map(entity -> entity.id);
    }

    @Override
    public Optional<MemberSummary> find(UUID memberId) {
        return members.findByIdOptional(memberId).map(MemberQueries::summary);
    }

    @Override
    public List<MemberSummary> find(Collection<UUID> memberIds) {
        return members.list("id in ?1", memberIds).stream().map(MemberQueries::summary).toList();
    }

    private Map<String, String> groupNames() {
        return groups.all().stream().collect(Collectors.toMap(GroupSummary::code, GroupSummary::name));
    }

    private static MemberView view(MemberEntity entity, Map<UUID, String> currentGroups,
            Map<String, String> groupNames) {
        String group = currentGroups.get(entity.id);
        return new MemberView(entity.id, entity.username, entity.fullName, entity.email, entity.affiliation,
                entity.side, group, group == null ? null : groupNames.getOrDefault(group, group),
                MemberRoles.parse(entity.roles).values(), entity.votingRights, entity.status, entity.admittedAt,
                entity.language, entity.timeZone);
    }

    private static MemberSummary summary(MemberEntity entity) {
        return new MemberSummary(entity.id, entity.fullName, entity.affiliation, entity.side, entity.status,
                entity.votingRights, MemberRoles.parse(entity.roles).values());
    }
}
