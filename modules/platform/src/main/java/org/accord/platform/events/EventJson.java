package org.accord.platform.events;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one JSON mapping of event payloads, shared by the outbox (writing) and consumers (reading). */
@ApplicationScoped
public class EventJson {

    private final ObjectMapper mapper;

    EventJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(IntegrationEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Event " + event.getClass().getSimpleName() + " cannot be written as JSON",
                    e);
        }
    }

    public <T> T read(ReceivedEvent event, Class<T> type) {
        try {
            return mapper.readValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("Event " + event.id() + " of type " + event.type() + " has unreadable data: "
                    + e.getOriginalMessage(), e);
        }
    }
}
