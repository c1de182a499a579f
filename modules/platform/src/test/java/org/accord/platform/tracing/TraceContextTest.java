package org.accord.platform.tracing;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;

import static org.assertj.core.api.Assertions.assertThat;

class TraceContextTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_ID = "00f067aa0ba902b7";

    @Test
    void aSpansContext_travelsAsW3cFields_andIsContinuedAsItsRemoteParent() {
        SpanContext span = SpanContext.create(TRACE_ID, SPAN_ID, TraceFlags.getSampled(),
                TraceState.builder().put("vendor", "opaque").build());

        TraceContext carried = TraceContext.of(Context.root().with(Span.wrap(span))).orElseThrow();
        SpanContext continued = Span.fromContext(carried.parent()).getSpanContext();

        assertThat(carried).isEqualTo(new TraceContext("00-" + TRACE_ID + "-" + SPAN_ID + "-01", "vendor=opaque"));
        assertThat(continued.isRemote()).isTrue();
        assertThat(continued.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(continued.getSpanId()).isEqualTo(SPAN_ID);
        assertThat(continued.getTraceState().get("vendor")).isEqualTo("opaque");
    }

    @Test
    void outsideAnyTrace_thereIsNothingToCarry() {
        assertThat(TraceContext.of(Context.root())).isEmpty();
    }

    @Test
    void aMalformedOrForgedTraceparent_startsANewTrace() {
        for (String traceparent : new String[]{"garbage", "00-" + "0".repeat(32) + "-" + SPAN_ID + "-01",
                "00-" + TRACE_ID + "-" + SPAN_ID + "-01; drop table outbox", ""}) {
            Context parent = new TraceContext(traceparent, null).parent();

            assertThat(Span.fromContext(parent).getSpanContext().isValid()).as(traceparent).isFalse();
        }
    }
}
