package org.accord.membership.internal.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.accord.membership.api.MemberStatus;
import org.accord.membership.api.Side;

@Entity
@Table(schema = "membership", name = "member")
public class MemberEntity {

    @Id
    public UUID id;
    public String email;
    public String username;
    public String identityId;
    public String fullName;
    public String affiliation;
    @Enumerated(EnumType.STRING)
    public Side side;
    public String roles;
    public boolean votingRights;
    @Enumerated(EnumType.STRING)
    public MemberStatus status;
    public Instant admittedAt;
    /** The language the member reads Accord in, {@code en}, {@code fr} or {@code de}; null until they choose. */
    public String language;
    /** The IANA time zone the member reads times in; null until they choose (UTC). */
    public String timeZone;
    @Version
    public long version;
}
