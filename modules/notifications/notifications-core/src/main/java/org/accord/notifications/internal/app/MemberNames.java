package org.accord.notifications.internal.app;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.notifications.internal.persistence.MemberNameRows;

/** Who a username is, for live updates: each look-up in a short read transaction of its own, off the event loop. */
@ApplicationScoped
public class MemberNames {

    private final MemberNameRows rows;

    MemberNames(MemberNameRows rows) {
        this.rows = rows;
    }

    @Transactional
    public Optional<UUID> memberIdOf(String username) {
        return rows.memberIdOf(username);
    }

    /** The member's full name, or the username itself when the member is not known (yet). */
    @Transactional
    public String nameOf(String username) {
        return rows.fullNameOf(username).orElse(username);
    }
}
