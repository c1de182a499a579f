package org.accord.publishing.internal.bundle;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.accord.platform.i18n.Text;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The signed table of contents of a bundle ({@code manifest.json}): what the bundle is of, and the SHA-256 and size of
 * every other file but the signatures. Written with its keys in a fixed order and its files sorted by name, indented
 * with {@code \n} whatever the platform, so the same manifest is always the same bytes.
 */
public record Manifest(int formatVersion, BundleSubject subject, List<Entry> files) {

    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));

    /** One listed file. */
    public record Entry(String name, String sha256, long size) {
    }

    public Manifest {
        files = files.stream().sorted(Comparator.comparing(Entry::name)).toList();
    }

    static Manifest listing(BundleSubject subject, List<BundleFile> files) {
        return new Manifest(FORMAT_VERSION, subject,
                files.stream().map(file -> new Entry(file.name(), file.sha256(), file.size())).toList());
    }

    byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("formatVersion", formatVersion);
        root.put("standardId", subject.standardId().toString());
        root.put("reference", subject.reference());
        root.put("title", subject.title());
        root.put("versionId", subject.versionId().toString());
        root.put("versionLabel", subject.versionLabel());
        root.put("contentHash", subject.contentHash());
        root.put("ballotId", subject.ballotId().toString());
        root.put("builtAt", subject.builtAt().toString());
        ArrayNode list = root.putArray("files");
        files.forEach(file -> list.addObject().put("name", file.name()).put("sha256", file.sha256()).put("size",
                file.size()));
        try {
            byte[] json = JSON.writer(PRETTY).writeValueAsBytes(root);
            byte[] withNewline = Arrays.copyOf(json, json.length + 1);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (IOException e) {
            throw new IllegalStateException("A tree of strings and numbers always serialises", e);
        }
    }

    /**
     * Reads a manifest back.
     *
     * @throws Unreadable
     *             naming what is wrong, when the bytes are not JSON or a field is missing or malformed
     */
    static Manifest parse(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new Unreadable(Text.of("publishing.manifest_not_json"));
        }
        if (root == null || !root.isObject()) {
            throw new Unreadable(Text.of("publishing.manifest_not_object"));
        }
        BundleSubject subject = new BundleSubject(uuid(root, "standardId"), text(root, "reference"),
                text(root, "title"), uuid(root, "versionId"), text(root, "versionLabel"), text(root, "contentHash"),
                uuid(root, "ballotId"), instant(root, "builtAt"));
        JsonNode list = root.get("files");
        if (list == null || !list.isArray()) {
            throw new Unreadable(Text.of("publishing.manifest_no_files"));
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode file : list) {
            JsonNode size = file.get("size");
            if (size == null || !size.canConvertToLong()) {
                throw new Unreadable(Text.of("publishing.manifest_file_without_size"));
            }
            entries.add(new Entry(text(file, "name"), text(file, "sha256"), size.asLong()));
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.canConvertToInt()) {
            throw new Unreadable(Text.of("publishing.manifest_field_missing", "formatVersion"));
        }
        return new Manifest(version.asInt(), subject, entries);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new Unreadable(Text.of("publishing.manifest_field_missing", field));
        }
        return value.asText();
    }

    private static UUID uuid(JsonNode node, String field) {
        String value = text(node, field);
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new Unreadable(Text.of("publishing.manifest_field_not_uuid", field));
        }
    }

    private static Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new Unreadable(Text.of("publishing.manifest_field_not_time", field));
        }
    }

    /** Bytes that are no manifest this verifier can read, and what is wrong with them. */
    static final class Unreadable extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final transient Text reason;

        Unreadable(Text reason) {
            super(reason.toString());
            this.reason = reason;
        }

        Text reason() {
            return reason;
        }
    }
}
