package org.accord.stakeholders.internal.persistence;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.accord.stakeholders.internal.domain.Breach;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An alert's breaches as a JSON array: {@code [{"subject":"INDUSTRY","share":62.5}]}. */
@Converter
public class BreachesColumn implements AttributeConverter<List<Breach>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Breach>> BREACHES = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<Breach> breaches) {
        try {
            return JSON.writeValueAsString(breaches == null ? List.of() : breaches);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Breaches that cannot be written as JSON: " + breaches, e);
        }
    }

    @Override
    public List<Breach> convertToEntityAttribute(String json) {
        try {
            return json == null ? List.of() : List.copyOf(JSON.readValue(json, BREACHES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored breaches that are not the expected JSON: " + json, e);
        }
    }
}
