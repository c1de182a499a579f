package org.accord.platform.events;

/**
 * An integration event: an immutable record, named in the past tense and annotated with its {@link EventType}, that a
 * module publishes for the others. Its JSON form is the CloudEvent's data.
 */
public interface IntegrationEvent {

    /**
     * The id of the aggregate the event is about: the CloudEvent subject and the Kafka key, so order is kept per
     * aggregate.
     */
    String subject();
}
