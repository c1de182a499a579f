package org.accord.app.backbone.ping;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(schema = "ping", name = "ping")
public class Ping {

    @Id
    public String id;
    public String text;
    public Instant createdAt;
}
