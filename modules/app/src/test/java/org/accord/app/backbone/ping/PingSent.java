package org.accord.app.backbone.ping;

import org.accord.platform.events.EventType;
import org.accord.platform.events.IntegrationEvent;

@EventType("accord.ping.PingSent.v1")
public record PingSent(String pingId, String text) implements IntegrationEvent {

    @Override
    public String subject() {
        return pingId;
    }
}
