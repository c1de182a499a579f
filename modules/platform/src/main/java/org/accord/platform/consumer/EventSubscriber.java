package org.accord.platform.consumer;

import java.util.List;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The one bean of a module that consumes other modules' events. A subclass names its handlers once and gives each of
 * its channels an {@code @Incoming} method that takes the records of one poll, {@code Message<List<String>>}, and
 * returns {@link #consume}; the platform also finds it here to replay a dead letter.
 */
public abstract class EventSubscriber {

    private final EventConsumer consumer;
    private final EventHandlers handlers;

    /** For the container's client proxy of the bean, which hands every call to the real instance. */
    protected EventSubscriber() {
        this(null, null);
    }

    protected EventSubscriber(EventConsumer consumer, EventHandlers handlers) {
        this.consumer = consumer;
        this.handlers = handlers;
    }

    public EventHandlers handlers() {
        return handlers;
    }

    /** Hands the records of one poll of one of the subscriber's channels to the platform's consumer mechanism. */
    protected CompletionStage<Void> consume(Message<List<String>> batch) {
        return consumer.consume(batch, handlers);
    }
}
