package org.accord.platform.tracing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.platform.events.CloudEventHeaders;
import org.accord.platform.events.ReceivedEvent;
import org.accord.platform.module.ModuleName;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jboss.logging.MDC;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * The spans of the event backbone (ADR 0031). The relay sends each event in a {@code send <topic>} span that continues
 * the trace stored with its outbox row, and passes that span on in the CloudEvents distributed tracing extension; a
 * consumer applies each event in a {@code process <topic>} span whose parent is the span that sent it. Log lines
 * written while an event is processed carry the trace and span ids, as those written during an HTTP request do.
 */
@ApplicationScoped
public class EventTracing {

    static final AttributeKey<String> MESSAGING_SYSTEM = AttributeKey.stringKey("messaging.system");
    static final AttributeKey<String> OPERATION_TYPE = AttributeKey.stringKey("messaging.operation.type");
    static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    static final AttributeKey<String> PARTITION = AttributeKey.stringKey("messaging.destination.partition.id");
    static final AttributeKey<Long> OFFSET = AttributeKey.longKey("messaging.kafka.offset");
    static final AttributeKey<String> MESSAGE_KEY = AttributeKey.stringKey("messaging.kafka.message.key");
    static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
    static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");
    static final AttributeKey<String> EVENT_SOURCE = AttributeKey.stringKey("cloudevents.event_source");
    static final AttributeKey<String> EVENT_SUBJECT = AttributeKey.stringKey("cloudevents.event_subject");
    static final AttributeKey<String> CONSUMER = AttributeKey.stringKey("accord.consumer");
    static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("accord.consumer.outcome");

    /** The names under which Quarkus puts the current span's ids into a log line's context. */
    private static final List<String> LOG_CONTEXT_KEYS = List.of("traceId", "spanId", "sampled");

    private final Tracer tracer;

    EventTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /** The trace context of the caller's span, to be stored with an outbox row; empty outside any trace. */
    public Optional<TraceContext> current() {
        return TraceContext.of(Context.current());
    }

    /**
     * Starts the span in which the relay sends one event: a child of the context stored with its row, or the first span
     * of a new trace when the row has none. The caller ends it when the broker answered.
     */
    public Span startSend(ModuleName module, UUID eventId, String eventType, String subject, TraceContext stored) {
        Context parent = stored == null ? Context.root() : stored.parent();
        return tracer.spanBuilder("send " + module.topic()).setParent(parent).setSpanKind(SpanKind.PRODUCER)
                .setAttribute(MESSAGING_SYSTEM, "kafka")
                .setAttribute(OPERATION_TYPE, "send")
                .setAttribute(DESTINATION, module.topic())
                .setAttribute(MESSAGE_KEY, subject)
                .setAttribute(MESSAGE_ID, eventId.toString())
                .setAttribute(EVENT_TYPE, eventType)
                .setAttribute(EVENT_SOURCE, module.eventSource())
                .startSpan();
    }

    /** The context the span passes on with the event it sends. */
    public Optional<TraceContext> contextOf(Span span) {
        return TraceContext.of(Context.root().with(span));
    }

    /** Ends a span, as failed when {@code failure} is not null. */
    public static void end(Span span, Throwable failure) {
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
        }
        span.end();
    }

    /**
     * Runs one attempt to apply a received event in its own {@code process <topic>} span, current for the attempt,
     * whose parent is the span that sent the event (the first span of a new trace when the record carries none). The
     * outcome is recorded on the span; a failure marks it failed and is thrown on.
     */
    public <T> T process(ModuleName consumer, ConsumerRecord<String, String> record, ReceivedEvent event,
            Supplier<T> attempt) {
        SpanBuilder builder = tracer.spanBuilder("process " + record.topic())
                .setParent(TraceContext.parent(record.headers(), CloudEventFields.INSTANCE))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute(MESSAGING_SYSTEM, "kafka")
                .setAttribute(OPERATION_TYPE, "process")
                .setAttribute(DESTINATION, record.topic())
                .setAttribute(PARTITION, String.valueOf(record.partition()))
                .setAttribute(OFFSET, record.offset())
                .setAttribute(MESSAGE_ID, event.id().toString())
                .setAttribute(EVENT_TYPE, event.type())
                .setAttribute(EVENT_SOURCE, event.source())
                .setAttribute(CONSUMER, consumer.value());
        if (event.subject() != null) {
            builder.setAttribute(EVENT_SUBJECT, event.subject());
        }
        Span span = builder.startSpan();
        List<Object> outerLogContext = logContext(span.getSpanContext());
        try (Scope ignored = span.makeCurrent()) {
            T outcome = attempt.get();
            span.setAttribute(OUTCOME, String.valueOf(outcome).toLowerCase(Locale.ROOT));
            end(span, null);
            return outcome;
        } catch (RuntimeException | Error failure) {
            end(span, failure);
            throw failure;
        } finally {
            restoreLogContext(outerLogContext);
        }
    }

    /** Puts the span's ids into the log context of this thread, which Quarkus does only on its own event loops. */
    private static List<Object> logContext(SpanContext span) {
        List<Object> outer = new ArrayList<>(LOG_CONTEXT_KEYS.size());
        LOG_CONTEXT_KEYS.forEach(key -> outer.add(MDC.get(key)));
        if (span.isValid()) {
            MDC.put("traceId", span.getTraceId());
            MDC.put("spanId", span.getSpanId());
            MDC.put("sampled", String.valueOf(span.isSampled()));
        }
        return outer;
    }

    private static void restoreLogContext(List<Object> outer) {
        for (int i = 0; i < LOG_CONTEXT_KEYS.size(); i++) {
            if (outer.get(i) == null) {
                MDC.remove(LOG_CONTEXT_KEYS.get(i));
            } else {
                MDC.put(LOG_CONTEXT_KEYS.get(i), outer.get(i));
            }
        }
    }

    /**
     * Reads the trace context from a record's CloudEvents extension headers, {@code ce_traceparent} and its sibling.
     */
    private enum CloudEventFields implements TextMapGetter<Headers> {
        INSTANCE;

        @Override
        public Iterable<String> keys(Headers headers) {
            return List.of(TraceContext.TRACEPARENT, TraceContext.TRACESTATE);
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(CloudEventHeaders.PREFIX + key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    }
}
