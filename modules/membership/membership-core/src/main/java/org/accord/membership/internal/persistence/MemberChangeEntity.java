package org.accord.membership.internal.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a member's history: append-only. */
@Entity
@Table(schema = "membership", name = "member_change")
public class MemberChangeEntity {

    @Id
    public UUID id;
    public UUID memberId;
    public String kind;
    public String summary;
    public String actor;
    public Instant at;
    public String reason;
}
