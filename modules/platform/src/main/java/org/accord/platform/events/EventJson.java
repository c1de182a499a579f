package org.accord.platform.events;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one JSON mapping of event payloads, shared by the outbox (writing) and consumers (reading). Content an event
 * carries by {@link ClaimCheck} is fetched and verified here, so handlers always get the whole event.
 */
@ApplicationScoped
public class EventJson {

    private final ObjectMapper mapper;
    private final ClaimChecks claimChecks;

    EventJson(ObjectMapper mapper, ClaimChecks claimChecks) {
        this.mapper = mapper;
        this.claimChecks = claimChecks;
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    value.getClass().getSimpleName() + " cannot be written as JSON",
                    e);
        }
    }

    public <T> T read(ReceivedEvent event, Class<T> type) {
        return parse(event, content(event), type);
    }

    private String content(ReceivedEvent event) {
        if (event.dataref() == null) {
            return event.data();
        }
        ClaimCheck check = parse(event, event.data(), ClaimCheck.class);
        if (check.id() == null || check.sha256() == null || !check.dataref().equals(event.dataref())) {
            throw new PoisonEventException("Event " + event.id() + " refers to " + event.dataref()
                    + " but its data names another claim check: " + event.data());
        }
        return claimChecks.fetch(check);
    }

    private <T> T parse(ReceivedEvent event, String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("Event " + event.id() + " of type " + event.type() + " has unreadable data: "
                    + e.getOriginalMessage(), e);
        }
    }
}
