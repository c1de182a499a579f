package org.accord.stakeholders.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Read-only look-ups for pages and form validation in other modules. */
public interface StakeholderGroups {

    /** Every group, active ones first, each in name order. */
    List<GroupSummary> all();

    Optional<GroupSummary> find(String code);

    /** The group each member currently belongs to. */
    Map<UUID, String> currentGroups();
}
