package org.accord.voting.internal.persistence;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity(name = "VotingStandard")
@Table(schema = "voting", name = "standard")
public class StandardEntity {

    @Id
    public UUID id;
    public String reference;
    public String title;
}
