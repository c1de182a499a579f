package org.accord.membership.internal.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.accord.membership.api.MemberStatus;
import org.accord.membership.api.Side;
import org.accord.platform.errors.RuleViolation;

/** A person admitted to the working group, and the rules for changing their standing. */
public final class Member {

    private final UUID id;
    private final Email email;
    private final String username;
    private final Side side;
    private final Instant admittedAt;
    private Profile profile;
    private MemberRoles roles;
    private boolean votingRights;
    private MemberStatus status;

    public Member(UUID id, Email email, String username, Profile profile, Side side, MemberRoles roles,
            boolean votingRights, MemberStatus status, Instant admittedAt) {
        this.id = id;
        this.email = email;
        this.username = username;
        this.profile = profile;
        this.side = side;
        this.roles = roles;
        this.votingRights = votingRights;
        this.status = status;
        this.admittedAt = admittedAt;
    }

    public static Member admit(Email email, String username, Profile profile, Side side, MemberRoles roles,
            boolean votingRights, Instant at) {
        requireVotingRightsAllowed(side, votingRights);
        return new Member(UUID.randomUUID(), email, username, profile, side, roles, votingRights, MemberStatus.ACTIVE,
                at);
    }

    public static Side parseSide(String side) {
        if (side == null || side.isBlank()) {
            throw RuleViolation.invalid("side", "Side is required: choose US, EU or OBSERVER.");
        }
        try {
            return Side.valueOf(side.strip());
        } catch (IllegalArgumentException e) {
            String shown = side.length() <= 20 ? side : side.substring(0, 20) + "…";
            throw RuleViolation.invalid("side", "Unknown side '" + shown + "': choose US, EU or OBSERVER.");
        }
    }

    public void updateProfile(Profile newProfile) {
        requireNotLeft();
        profile = newProfile;
    }

    public void changeRoles(MemberRoles newRoles) {
        requireNotLeft();
        roles = newRoles;
    }

    public void changeVotingRights(boolean granted) {
        requireNotLeft();
        requireVotingRightsAllowed(side, granted);
        votingRights = granted;
    }

    public void suspend() {
        if (status != MemberStatus.ACTIVE) {
            throw RuleViolation.conflict("status", "Only an active member can be suspended; this member is "
                    + status.name().toLowerCase() + ".");
        }
        status = MemberStatus.SUSPENDED;
    }

    public void reinstate() {
        if (status != MemberStatus.SUSPENDED) {
            throw RuleViolation.conflict("status", "Only a suspended member can be reinstated; this member is "
                    + status.name().toLowerCase() + ".");
        }
        status = MemberStatus.ACTIVE;
    }

    public void leave() {
        requireNotLeft();
        status = MemberStatus.LEFT;
    }

    /** Whether the member can sign in: suspended members and those who left cannot. */
    public boolean canSignIn() {
        return status == MemberStatus.ACTIVE;
    }

    /** The working-group roles the member's account carries: none while they cannot sign in. */
    public List<String> accountRoles() {
        return canSignIn() ? roles.values() : List.of();
    }

    private void requireNotLeft() {
        if (status == MemberStatus.LEFT) {
            throw RuleViolation.conflict("status", "This member has left the working group; their record is closed.");
        }
    }

    public static void requireVotingRightsAllowed(Side side, boolean votingRights) {
        if (votingRights && side == Side.OBSERVER) {
            throw RuleViolation.invalid("votingRights", "Observers take part without voting rights.");
        }
    }

    public UUID id() {
        return id;
    }

    public Email email() {
        return email;
    }

    public String username() {
        return username;
    }

    public Profile profile() {
        return profile;
    }

    public Side side() {
        return side;
    }

    public MemberRoles roles() {
        return roles;
    }

    public boolean votingRights() {
        return votingRights;
    }

    public MemberStatus status() {
        return status;
    }

    public Instant admittedAt() {
        return admittedAt;
    }
}
