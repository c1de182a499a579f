package org.accord.notifications.internal.app;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.accord.notifications.internal.persistence.MemberRows;

/** Who a username is, for live updates: each look-up in a short read transaction of its own, off the event loop. */
@ApplicationScoped
public class MemberNames {

    private final MemberRows rows;

    MemberNames(MemberRows rows) {
        this.rows = rows;
    }

    @Transactional
    public Optional<UUID> memberIdOf(String username) {
        return rows.idOf(username);
    }

    /** The member's full name, or the username itself when the member is not known (yet). */
    @Transactional
    public String nameOf(String username) {
        return rows.nameOf(username);
    }
}
