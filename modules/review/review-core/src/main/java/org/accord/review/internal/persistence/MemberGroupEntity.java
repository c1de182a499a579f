package org.accord.review.internal.persistence;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The stakeholder group a member is in now, from stakeholders events; null when in none. */
@Entity(name = "ReviewMemberGroup")
@Table(schema = "review", name = "member_group")
public class MemberGroupEntity {

    @Id
    public UUID memberId;
    public String groupCode;
}
