package org.accord.app.backbone.pong;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The consumer's effect. Deliberately without a unique key: only the inbox keeps it from being recorded twice. */
@Entity
@Table(schema = "pong", name = "ping_heard")
public class PingHeard {

    @Id
    @GeneratedValue
    public UUID id;
    public String pingId;
    public String text;
    public Instant heardAt;
}
