package org.accord.stakeholders.internal.persistence;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.accord.membership.api.MemberStatus;
import org.accord.membership.api.Side;

/** This module's read model of a member, built only from membership events. */
@Entity
@Table(schema = "stakeholders", name = "member")
public class MemberPositionEntity {

    @Id
    public UUID memberId;
    public String fullName;
    @Enumerated(EnumType.STRING)
    public Side side;
    public boolean votingRights;
    @Enumerated(EnumType.STRING)
    public MemberStatus status;
    public String groupCode;
}
