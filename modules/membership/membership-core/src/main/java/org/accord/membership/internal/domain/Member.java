package org.accord.membership.internal.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.accord.membership.api.MemberStatus;
import org.accord.membership.api.Side;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;

/** A person admitted to the working group, and the rules for changing their standing. */
public final class Member {

    private final UUID id;
    private final Email email;
    private final String username;
    private final Side side;
    private final Instant admittedAt;
    private Profile profile;
    private LanguageAndZone languageAndZone;
    private MemberRoles roles;
    private boolean votingRights;
    private MemberStatus status;

    public Member(UUID id, Email email, String username, Profile profile, LanguageAndZone languageAndZone, Side side,
            MemberRoles roles, boolean votingRights, MemberStatus status, Instant admittedAt) {
        this.id = id;
        this.email = email;
        this.username = username;
        this.profile = profile;
        this.languageAndZone = languageAndZone;
        this.side = side;
        this.roles = roles;
        this.votingRights = votingRights;
        this.status = status;
        this.admittedAt = admittedAt;
    }

    public static Member admit(Email email, String username, Profile profile, Side side, MemberRoles roles,
            boolean votingRights, Instant at) {
        requireVotingRightsAllowed(side, votingRights);
        return new Member(UUID.randomUUID(), email, username, profile, LanguageAndZone.UNCHOSEN, side, roles,
                votingRights, MemberStatus.ACTIVE, at);
    }

    public static Side parseSide(String side) {
        if (side == null || side.isBlank()) {
            throw RuleViolation.invalid("side", Text.of("membership.side_required"));
        }
        try {
            return Side.valueOf(side.strip());
        } catch (IllegalArgumentException e) {
            String shown = side.length() <= 20 ? side : side.substring(0, 20) + "…";
            throw RuleViolation.invalid("side", Text.of("membership.unknown_side", shown));
        }
    }

    public void updateProfile(Profile newProfile, LanguageAndZone newLanguageAndZone) {
        requireNotLeft();
        profile = newProfile;
        languageAndZone = newLanguageAndZone;
    }

    /**
     * Remembers the language the member chose with the shell's switch.
     *
     * @return whether it is another language than before; a departed member's closed record never changes
     */
    public boolean chooseLanguage(Locale language) {
        LanguageAndZone chosen = languageAndZone.withLanguage(language);
        if (status == MemberStatus.LEFT || chosen.equals(languageAndZone)) {
            return false;
        }
        languageAndZone = chosen;
        return true;
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
            throw RuleViolation.conflict("status", Text.of("membership.suspend_only_active", standing()));
        }
        status = MemberStatus.SUSPENDED;
    }

    public void reinstate() {
        if (status != MemberStatus.SUSPENDED) {
            throw RuleViolation.conflict("status", Text.of("membership.reinstate_only_suspended", standing()));
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
            throw RuleViolation.conflict("status", Text.of("membership.record_closed"));
        }
    }

    public static void requireVotingRightsAllowed(Side side, boolean votingRights) {
        if (votingRights && side == Side.OBSERVER) {
            throw RuleViolation.invalid("votingRights", Text.of("membership.observers_without_voting_rights"));
        }
    }

    /** How the member stands now, as the end of a sentence about them ("... this member is suspended"). */
    private Text standing() {
        return Text.of(switch (status) {
            case ACTIVE -> "membership.standing_active";
            case SUSPENDED -> "membership.standing_suspended";
            case LEFT -> "membership.standing_left";
        });
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

    public LanguageAndZone languageAndZone() {
        return languageAndZone;
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
