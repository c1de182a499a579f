package org.accord.transparency.internal.policy;

import java.util.List;

import org.accord.membership.api.events.ConflictOfInterestDeclared;
import org.accord.membership.api.events.MemberAdmitted;
import org.accord.membership.api.events.MemberLeft;
import org.accord.membership.api.events.MemberProfileUpdated;
import org.accord.membership.api.events.MemberReinstated;
import org.accord.membership.api.events.MemberRolesChanged;
import org.accord.membership.api.events.MemberSuspended;
import org.accord.membership.api.events.VotingRightsChanged;

import static org.accord.transparency.internal.policy.Decision.notPublished;
import static org.accord.transparency.internal.policy.Decision.publish;

/**
 * Who belongs to the group, on which side and in which group, with which roles and voting rights: public. Anything else
 * about a person (e-mail, sign-in name, affiliation, disciplinary measures, interests, the reasons given) is not.
 */
final class MembershipDecisions {

    private MembershipDecisions() {
    }

    static List<Decision> all() {
        return List.of(
                publish(MemberAdmitted.class, "member.admitted", (admitted, directory) -> Decision.Draft.of(
                        admitted.change().at(), null,
                        Facts.of().with("memberId", admitted.memberId()).with("name", admitted.fullName())
                                .with("side", admitted.side()).with("group", admitted.stakeholderGroup())
                                .with("roles", admitted.roles()).with("votingRights", admitted.votingRights())
                                .withActor(admitted.change().by(), directory))),
                publish(MemberLeft.class, "member.left", (left, directory) -> Decision.Draft.of(left.change().at(),
                        null, Facts.of().withMember(left.memberId(), directory)
                                .withActor(left.change().by(), directory))),
                publish(MemberRolesChanged.class, "member.roles_changed", (changed, directory) -> Decision.Draft.of(
                        changed.change().at(), null,
                        Facts.of().withMember(changed.memberId(), directory).with("roles", changed.roles())
                                .withActor(changed.change().by(), directory))),
                publish(VotingRightsChanged.class, "member.voting_rights_changed",
                        (changed, directory) -> Decision.Draft.of(changed.change().at(), null,
                                Facts.of().withMember(changed.memberId(), directory)
                                        .with("votingRights", changed.votingRights())
                                        .withActor(changed.change().by(), directory))),
                notPublished(MemberProfileUpdated.class, "a person's own details; later entries name the member by"
                        + " the new name, and the affiliation is never public"),
                notPublished(MemberSuspended.class, "a disciplinary measure is personal data; its effect on a"
                        + " ballot shows in the eligible voters that ballot's entries count"),
                notPublished(MemberReinstated.class, "the end of a suspension, which is not public either"),
                notPublished(ConflictOfInterestDeclared.class, "a member's declared interests, in their own words,"
                        + " are shown to the group where they vote, not to the world"));
    }
}
