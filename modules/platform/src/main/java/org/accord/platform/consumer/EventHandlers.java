package org.accord.platform.consumer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.accord.platform.events.EventTypes;
import org.accord.platform.module.ModuleName;

/**
 * What one module does with the events it consumes: one handler per event type, found by the type's explicit name.
 * Events of other types are skipped. Built once by the module's {@link EventSubscriber}.
 */
public final class EventHandlers {

    /**
     * A handler of one event type, reading the event as {@code eventClass}: the consumer's view of it. It is given the
     * id of the CloudEvent that carried the event with the event itself.
     */
    public record Handler<T>(Class<T> eventClass, BiConsumer<UUID, ? super T> action) {

        void apply(UUID eventId, Object event) {
            action.accept(eventId, eventClass.cast(event));
        }
    }

    private final ModuleName consumer;
    private final Map<String, Handler<?>> byType;

    private EventHandlers(ModuleName consumer, Map<String, Handler<?>> byType) {
        this.consumer = consumer;
        this.byType = Map.copyOf(byType);
    }

    public static EventHandlers of(ModuleName consumer) {
        return new EventHandlers(consumer, Map.of());
    }

    /** These handlers and one more, for events of {@code eventClass}'s {@code @EventType}. */
    public <T> EventHandlers on(Class<T> eventClass, Consumer<? super T> action) {
        return onWithEventId(eventClass, (eventId, event) -> action.accept(event));
    }

    /**
     * These handlers and one more, for events of {@code eventClass}'s {@code @EventType}, that is also given the id of
     * the CloudEvent that carried each event: for effects that must name the event they came from.
     */
    public <T> EventHandlers onWithEventId(Class<T> eventClass, BiConsumer<UUID, ? super T> action) {
        String type = EventTypes.of(eventClass);
        if (byType.containsKey(type)) {
            throw new IllegalArgumentException(consumer + " handles " + type + " twice");
        }
        Map<String, Handler<?>> more = new LinkedHashMap<>(byType);
        more.put(type, new Handler<>(eventClass, action));
        return new EventHandlers(consumer, more);
    }

    public ModuleName consumer() {
        return consumer;
    }

    /** The handler for a received type, if this module handles it. */
    public Optional<Handler<?>> forType(String receivedType) {
        return Optional.ofNullable(byType.get(EventTypes.normalized(receivedType)));
    }

    /** Whether this module handles another version of the received type's event, which it cannot read as it is. */
    public boolean handlesAnotherVersionOf(String receivedType) {
        String name = EventTypes.withoutVersion(EventTypes.normalized(receivedType));
        return byType.keySet().stream().anyMatch(type -> EventTypes.withoutVersion(type).equals(name));
    }

    /** Each handled type with the class the consumer reads it as. */
    public Map<String, Class<?>> types() {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        byType.forEach((type, handler) -> types.put(type, handler.eventClass()));
        return types;
    }
}
