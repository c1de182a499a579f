package org.accord.publishing.internal.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.publishing.internal.document.StandardDocument;
import org.accord.publishing.internal.persistence.ReadModelRows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The bundle's records as JSON: the ballot exactly as voting published its result, and the standard's decisions.
 * Written with sorted keys and fixed indentation, so the same records always give the same bytes.
 */
@ApplicationScoped
class BundleRecords {

    private final ObjectMapper json;
    private final ReadModelRows rows;

    BundleRecords(ObjectMapper json, ReadModelRows rows) {
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        this.rows = rows;
    }

    /**
     * The rule, tallies and result as voting published them ({@code published}), beside the content hash the ballot
     * approved and that of the version the bundle carries: a verifier checks that the two are equal.
     */
    byte[] ballot(StandardDocument document, ReadModelRows.Ballot ballot) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("ballotId", ballot.id());
        record.put("title", ballot.title());
        record.put("rule", ballot.rule());
        record.put("secret", ballot.secret());
        record.put("passed", ballot.passed());
        record.put("closedAt", ballot.closedAt());
        record.put("versionId", document.versionId());
        record.put("versionLabel", document.versionLabel());
        record.put("contentHash", ballot.contentHash());
        record.put("versionContentHash", document.contentHash());
        record.put("published", tree(ballot.result()));
        return json(record);
    }

    /** Call in a transaction. */
    byte[] decisions(UUID standardId) {
        List<Map<String, Object>> decisions = rows.decisionsOf(standardId).stream().map(decision -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("sequence", decision.sequence());
            entry.put("type", decision.type());
            entry.put("at", decision.at());
            entry.put("details", tree(decision.details()));
            return entry;
        }).toList();
        return json(Map.of("standardId", standardId, "decisions", decisions));
    }

    byte[] json(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode tree(String stored) {
        try {
            return json.readTree(stored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
