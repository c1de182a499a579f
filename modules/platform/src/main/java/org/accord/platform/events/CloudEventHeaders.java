package org.accord.platform.events;

/** CloudEvents 1.0 Kafka protocol binding, binary content mode: the attributes travel as {@code ce_} headers. */
public final class CloudEventHeaders {

    /** The prefix of every attribute's header, extensions' included. */
    public static final String PREFIX = "ce_";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String SCHEMA_VERSION_EXTENSION = "schemaversion";
    public static final String SCHEMA_VERSION = "ce_" + SCHEMA_VERSION_EXTENSION;
    /** The CloudEvents extension naming where the content of an event sent by claim check is kept. */
    public static final String DATAREF_EXTENSION = "dataref";
    public static final String DATAREF = "ce_" + DATAREF_EXTENSION;
    /**
     * The CloudEvents distributed tracing extension: the W3C trace context of the span that sent the event, which a
     * consumer continues (ADR 0031). {@code tracestate} is sent only when the trace has one.
     */
    public static final String TRACEPARENT_EXTENSION = "traceparent";
    public static final String TRACEPARENT = "ce_" + TRACEPARENT_EXTENSION;
    public static final String TRACESTATE_EXTENSION = "tracestate";
    public static final String TRACESTATE = "ce_" + TRACESTATE_EXTENSION;

    private CloudEventHeaders() {
    }
}
