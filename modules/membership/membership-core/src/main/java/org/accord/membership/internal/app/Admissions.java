package org.accord.membership.internal.app;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.accord.membership.api.Side;
import org.accord.membership.api.events.MemberAdmitted;
import org.accord.membership.internal.domain.Email;
import org.accord.membership.internal.domain.Member;
import org.accord.membership.internal.domain.MemberRoles;
import org.accord.membership.internal.domain.Profile;
import org.accord.membership.internal.domain.Reason;
import org.accord.membership.internal.persistence.MemberRepository;
import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.stakeholders.api.GroupSummary;
import org.accord.stakeholders.api.StakeholderGroups;
import org.jboss.logging.Logger;

/**
 * Admitting a person into the working group: their account, their record, their first group. The account gets its
 * working-group roles only once the admission is stored ({@link AccountsInStep}), and an existing account is taken over
 * only if its holder has verified the email and no other member holds it: otherwise anyone who could put an upcoming
 * member's email on an account would receive that member's roles.
 */
@ApplicationScoped
public class Admissions {

    private static final Logger LOG = Logger.getLogger(Admissions.class);

    private final MemberRepository members;
    private final IdentityDirectory identities;
    private final StakeholderGroups groups;
    private final MemberHistory history;
    private final TransactionSynchronizationRegistry transactions;

    Admissions(MemberRepository members, IdentityDirectory identities, StakeholderGroups groups,
            MemberHistory history, TransactionSynchronizationRegistry transactions) {
        this.members = members;
        this.identities = identities;
        this.groups = groups;
        this.history = history;
        this.transactions = transactions;
    }

    @Transactional
    public Member admit(Admission admission, String actor) {
        Email email = new Email(admission.email());
        Profile profile = new Profile(admission.fullName(), admission.affiliation());
        Side side = Member.parseSide(admission.side());
        Member.requireVotingRightsAllowed(side, admission.votingRights());
        MemberRoles roles = MemberRoles.of(admission.roles());
        Reason reason = new Reason(admission.reason());
        GroupSummary group = activeGroup(admission.stakeholderGroup());
        if (members.emailTaken(email)) {
            throw RuleViolation.conflict("email", Text.of("membership.email_taken", email.value()));
        }
        IdentityDirectory.Account account = identities.accountWithEmail(email.value()).map(this::linkable)
                .orElseGet(() -> newAccount(email, profile));
        Member member = Member.admit(email, account.username(), profile, side, roles, admission.votingRights(),
                Instant.now());
        members.add(member, account.id());
        history.record(new MemberAdmitted(member.id().toString(), email.value(), member.username(), profile.fullName(),
                profile.affiliation(), side, group.code(), roles.values(), member.votingRights(),
                MemberHistory.change(actor, reason.text())), group.name());
        return member;
    }

    /** A new account, removed again if the admission is not stored, so that admitting again does not meet it. */
    private IdentityDirectory.Account newAccount(Email email, Profile profile) {
        IdentityDirectory.Account created = identities.createAccount(email.value(), profile.fullName());
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    removeUnused(created);
                }
            }
        });
        return created;
    }

    private void removeUnused(IdentityDirectory.Account account) {
        try {
            identities.removeAccount(account.id());
        } catch (RuntimeException e) {
            LOG.warnf("The account %s created for an admission that was not stored is left without roles: %s",
                    account.username(), e.getMessage());
        }
    }

    private IdentityDirectory.Account linkable(IdentityDirectory.Account existing) {
        if (!existing.emailVerified()) {
            throw RuleViolation.conflict("email", Text.of("membership.account_unverified"));
        }
        if (members.identityHeld(existing.id())) {
            throw RuleViolation.conflict("email", Text.of("membership.account_held"));
        }
        return existing;
    }

    private GroupSummary activeGroup(String code) {
        if (code == null || code.isBlank()) {
            throw RuleViolation.invalid("stakeholderGroup", Text.of("membership.group_required"));
        }
        return groups.find(code.strip()).filter(GroupSummary::active)
                .orElseThrow(() -> RuleViolation.invalid("stakeholderGroup",
                        Text.of("membership.no_active_group", abbreviate(code))));
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
