package org.accord.voting.internal.persistence;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member's current stakeholder group, from stakeholders events (which may arrive before membership's). */
@Entity
@Table(schema = "voting", name = "member_group")
public class MemberGroupEntity {

    @Id
    public UUID memberId;
    public String groupCode;
}
