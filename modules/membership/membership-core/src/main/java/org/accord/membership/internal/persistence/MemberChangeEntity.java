package org.accord.membership.internal.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.accord.membership.api.Side;

/**
 * One line of a member's history: append-only. It keeps the kind of change and its facts, never a sentence, so that
 * each reader sees it in their own language; the facts a kind has no use for are null.
 */
@Entity
@Table(schema = "membership", name = "member_change")
public class MemberChangeEntity {

    @Id
    public UUID id;
    public UUID memberId;
    /** The event that recorded the change, {@code MemberAdmitted}, {@code MemberSuspended}, … */
    public String kind;
    public String actor;
    public Instant at;
    public String reason;
    /** On admission: the side the member joined. */
    @Enumerated(EnumType.STRING)
    public Side side;
    /** On admission: the name the stakeholder group had then. */
    public String groupName;
    /** On admission and a change of roles: the roles from then on, as {@code member,editor}. */
    public String roles;
    /** On a change of voting rights: whether they were granted. */
    public Boolean votingRights;
}
