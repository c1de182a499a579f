package org.accord.app.backbone.ping;

import org.accord.platform.events.IntegrationEvent;

public record PingSent(String pingId, String text) implements IntegrationEvent {

    @Override
    public String subject() {
        return pingId;
    }
}
