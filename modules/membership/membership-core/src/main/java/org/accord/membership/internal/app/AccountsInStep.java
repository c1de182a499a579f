package org.accord.membership.internal.app;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.accord.membership.internal.domain.Member;
import org.accord.membership.internal.persistence.MemberRepository;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Makes members' accounts say what membership has stored: their working-group roles while they can sign in, none and
 * disabled otherwise. It runs only after a change is committed (from membership's own events, retried until the
 * identity provider answers), at start-up, and when an administrator asks, so a rolled-back change never reaches an
 * account and a missed one is caught up.
 * <p>
 * The identity provider is never called inside a database transaction (see {@link IdentityDirectory}), and no member
 * row is locked while it is called.
 */
@ApplicationScoped
public class AccountsInStep {

    private static final Logger LOG = Logger.getLogger(AccountsInStep.class);

    /** How often one member's account is brought in step before a member that keeps changing is left to a retry. */
    private static final int PASSES = 5;

    /** What a reconciliation found: how many members' accounts it checked and how many it had to correct. */
    public record Reconciliation(int members, int corrected) {
    }

    /** What the member's account should say, as the member is stored now. */
    private record Wanted(String accountId, List<String> roles, boolean enabled) {
    }

    private final MemberRepository members;
    private final IdentityDirectory identities;

    AccountsInStep(MemberRepository members, IdentityDirectory identities) {
        this.members = members;
        this.identities = identities;
    }

    /**
     * Brings one member's account in step with the stored member, outside any transaction and without locking the
     * member: the member is read in a short transaction, the account changed, and the member read again. A change
     * committed meanwhile is applied in another pass, so a slower call never leaves an older state on the account.
     *
     * @return whether the account had to change
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean bringInStep(UUID memberId) {
        boolean changed = false;
        Wanted wanted = wanted(memberId);
        for (int pass = 1;; pass++) {
            changed |= identities.bringInStep(wanted.accountId(), wanted.roles(), wanted.enabled());
            Wanted now = wanted(memberId);
            if (now.equals(wanted)) {
                return changed;
            }
            if (pass == PASSES) {
                throw new IllegalStateException("Member " + memberId + " changed during each of " + PASSES
                        + " attempts to bring their account in step; it is tried again");
            }
            wanted = now;
        }
    }

    private Wanted wanted(UUID memberId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Member member = members.member(memberId)
                    .orElseThrow(() -> new IllegalStateException("There is no member " + memberId));
            return new Wanted(members.identityId(memberId), member.accountRoles(), member.canSignIn());
        });
    }

    /** Brings every member's account in step, one after another; stops at the first failure. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Reconciliation reconcile() {
        List<UUID> all = QuarkusTransaction.requiringNew().call(members::allIds);
        int corrected = 0;
        for (UUID memberId : all) {
            if (bringInStep(memberId)) {
                corrected++;
            }
        }
        return new Reconciliation(all.size(), corrected);
    }

    void onStart(@Observes StartupEvent start) {
        Thread.ofVirtual().name("accord-accounts-reconciliation").start(() -> {
            try {
                Reconciliation done = reconcile();
                LOG.infof("Accounts reconciled at start-up: %d members, %d accounts corrected", done.members(),
                        done.corrected());
            } catch (RuntimeException e) {
                LOG.warnf("Accounts not reconciled at start-up (membership events still bring them in step): %s",
                        e.getMessage());
            }
        });
    }
}
