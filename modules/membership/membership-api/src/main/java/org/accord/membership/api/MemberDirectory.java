package org.accord.membership.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read-only look-ups for pages of other modules; never for decisions (those use events). */
public interface MemberDirectory {

    Optional<MemberSummary> find(UUID memberId);

    List<MemberSummary> find(Collection<UUID> memberIds);
}
