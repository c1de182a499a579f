package org.accord.app.tracing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Every trace recorded, and handed to the exporter within a moment rather than every five seconds. */
public class SampledTraces implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.otel.traces.sampler.arg", "1", "quarkus.otel.bsp.schedule.delay", "50ms");
    }
}
