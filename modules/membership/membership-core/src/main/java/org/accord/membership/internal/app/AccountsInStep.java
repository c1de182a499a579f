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
 */
@ApplicationScoped
public class AccountsInStep {

    private static final Logger LOG = Logger.getLogger(AccountsInStep.class);

    /** What a reconciliation found: how many members' accounts it checked and how many it had to correct. */
    public record Reconciliation(int members, int corrected) {
    }

    private final MemberRepository members;
    private final IdentityDirectory identities;

    AccountsInStep(MemberRepository members, IdentityDirectory identities) {
        this.members = members;
        this.identities = identities;
    }

    /**
     * Brings one member's account in step with the stored member. The member's row stays locked meanwhile, so a change
     * committed during the call is applied after it, never overwritten by it.
     *
     * @return whether the account had to change
     */
    @Transactional
    public boolean bringInStep(UUID memberId) {
        Member member = members.locked(memberId)
                .orElseThrow(() -> new IllegalStateException("There is no member " + memberId));
        return identities.bringInStep(members.identityId(memberId), member.accountRoles(), member.canSignIn());
    }

    /** Brings every member's account in step, each in a transaction of its own; stops at the first failure. */
    public Reconciliation reconcile() {
        List<UUID> all = QuarkusTransaction.requiringNew().call(members::allIds);
        int corrected = 0;
        for (UUID memberId : all) {
            if (QuarkusTransaction.requiringNew().call(() -> bringInStep(memberId))) {
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
