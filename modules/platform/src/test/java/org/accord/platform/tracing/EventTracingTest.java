package org.accord.platform.tracing;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.accord.platform.events.CloudEventHeaders;
import org.accord.platform.events.ReceivedEvent;
import org.accord.platform.module.ModuleName;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventTracingTest {

    private static final ModuleName VOTING = new ModuleName("voting");
    private static final ModuleName DRAFTING = new ModuleName("drafting");

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final EventTracing tracing = new EventTracing(SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(spans)).build().get("test"));

    @AfterEach
    void clearLogContext() {
        MDC.clear();
    }

    @Test
    void aSentEvent_isAppliedInAChildOfTheSendersSpan_whoseIdsTheLogLinesCarry() {
        Span send = tracing.startSend(VOTING, UUID.randomUUID(), "accord.voting.BallotClosed.v1", "ballot-1", null);
        TraceContext carried = tracing.contextOf(send).orElseThrow();
        EventTracing.end(send, null);
        ConsumerRecord<String, String> record = record(carried.traceparent());
        String[] loggedWith = new String[2];

        String outcome = tracing.process(DRAFTING, record, event(), () -> {
            loggedWith[0] = (String) MDC.get("traceId");
            loggedWith[1] = (String) MDC.get("spanId");
            return "APPLIED";
        });

        SpanData sent = spans.getFinishedSpanItems().get(0);
        SpanData processed = spans.getFinishedSpanItems().get(1);
        assertThat(outcome).isEqualTo("APPLIED");
        assertThat(sent.getName()).isEqualTo("send accord.voting.v1");
        assertThat(sent.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(sent.getParentSpanContext().isValid()).as("a row without a trace starts one").isFalse();
        assertThat(processed.getName()).isEqualTo("process accord.voting.v1");
        assertThat(processed.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(processed.getTraceId()).isEqualTo(sent.getTraceId());
        assertThat(processed.getParentSpanId()).isEqualTo(sent.getSpanId());
        assertThat(processed.getAttributes().get(EventTracing.CONSUMER)).isEqualTo("drafting");
        assertThat(processed.getAttributes().get(EventTracing.OUTCOME)).isEqualTo("applied");
        assertThat(loggedWith).containsExactly(processed.getTraceId(), processed.getSpanId());
        assertThat(MDC.get("traceId")).as("the log context after the event").isNull();
    }

    @Test
    void aFailedAttempt_isAFailedSpan_andTheLogContextIsRestored() {
        MDC.put("traceId", "outer");
        IllegalStateException failure = new IllegalStateException("lock conflict");

        assertThatThrownBy(() -> tracing.process(DRAFTING, record(null), event(), () -> {
            throw failure;
        })).isSameAs(failure);

        SpanData attempt = spans.getFinishedSpanItems().getFirst();
        assertThat(attempt.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(attempt.getEvents()).anyMatch(event -> event.getName().equals("exception"));
        assertThat(attempt.getParentSpanContext().isValid()).as("a record without a trace starts one").isFalse();
        assertThat(MDC.get("traceId")).isEqualTo("outer");
    }

    private static ConsumerRecord<String, String> record(String traceparent) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("accord.voting.v1", 2, 42, "ballot-1", "{}");
        if (traceparent != null) {
            record.headers().add(CloudEventHeaders.TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private static ReceivedEvent event() {
        return new ReceivedEvent(UUID.randomUUID(), "accord.voting.BallotClosed.v1", "/accord/voting", "ballot-1", "{}",
                null);
    }
}
