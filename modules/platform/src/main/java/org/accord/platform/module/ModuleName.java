package org.accord.platform.module;

import java.util.regex.Pattern;

/**
 * The name of one bounded context of the monolith. It names the module's PostgreSQL schema, its Kafka topic and the
 * source of its events, so it is restricted to a safe identifier.
 */
public record ModuleName(String value) {

    private static final Pattern SAFE_IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{1,30}");

    public ModuleName {
        if (value == null || !SAFE_IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException("A module name is a lower-case identifier, got: " + value);
        }
    }

    public String schema() {
        return value;
    }

    public String topic() {
        return "accord." + value + ".v1";
    }

    public String eventSource() {
        return "/accord/" + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
