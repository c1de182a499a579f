package org.accord.platform.tracing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;

/**
 * A W3C trace context as it travels with an event, in its outbox row and in the CloudEvents distributed tracing
 * extension: {@code traceparent} names the trace and the span the event was written in; {@code tracestate} carries
 * tracing systems' own data and is null when there is none (ADR 0031).
 */
public record TraceContext(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final TextMapPropagator W3C = W3CTraceContextPropagator.getInstance();

    /** The trace context of {@code context}'s span; empty when it has none, as outside any trace. */
    public static Optional<TraceContext> of(Context context) {
        Map<String, String> fields = new HashMap<>(2);
        W3C.inject(context, fields, Map::put);
        return Optional.ofNullable(fields.get(TRACEPARENT))
                .map(traceparent -> new TraceContext(traceparent, fields.get(TRACESTATE)));
    }

    /**
     * The context to continue, read with {@code fields} from wherever the two fields were carried; the root context,
     * which starts a new trace, when they are missing or malformed.
     */
    public static <C> Context parent(C carrier, TextMapGetter<C> fields) {
        return W3C.extract(Context.root(), carrier, fields);
    }

    /** The context to continue: the root context when this one is malformed. */
    public Context parent() {
        Map<String, String> fields = new HashMap<>(2);
        fields.put(TRACEPARENT, traceparent);
        if (tracestate != null) {
            fields.put(TRACESTATE, tracestate);
        }
        return parent(fields, MapFields.INSTANCE);
    }

    private enum MapFields implements TextMapGetter<Map<String, String>> {
        INSTANCE;

        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    }
}
