package org.accord.voting.internal.app;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.voting.internal.domain.Rule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A ballot's rule is stored as JSON, fixed when the ballot is opened. */
@ApplicationScoped
class Rules {

    private final ObjectMapper mapper;

    Rules(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String write(Rule rule) {
        try {
            return mapper.writeValueAsString(rule);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A rule could not be written as JSON", e);
        }
    }

    Rule read(String json) {
        try {
            return mapper.readValue(json, Rule.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored rule could not be read", e);
        }
    }
}
