package org.accord.review.internal.persistence;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member as review knows them, from membership events. */
@Entity(name = "ReviewMember")
@Table(schema = "review", name = "member")
public class MemberEntity {

    @Id
    public UUID memberId;
    public String username;
    public String fullName;
    public String side;
    public boolean votingRights;
    public String status;
}
