package org.accord.stakeholders.internal.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One stay of a member in a group; closed (left) when they move or leave, never deleted. */
@Entity
@Table(schema = "stakeholders", name = "group_membership")
public class GroupMembershipEntity {

    @Id
    public UUID id;
    public UUID memberId;
    public String groupCode;
    public Instant joinedAt;
    public String joinedBy;
    public String joinReason;
    public Instant leftAt;
    public String leftBy;
    public String leaveReason;
}
