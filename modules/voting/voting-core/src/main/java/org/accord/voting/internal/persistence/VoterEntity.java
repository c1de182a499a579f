package org.accord.voting.internal.persistence;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member as voting knows them, from membership events. */
@Entity
@Table(schema = "voting", name = "voter")
public class VoterEntity {

    @Id
    public UUID memberId;
    public String username;
    public String fullName;
    public String side;
    public boolean votingRights;
    public String status;
}
