package org.accord.publishing.internal.bundle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.accord.publishing.internal.render.ExportFormat;

/** A bundle's inputs, and ways to take a built bundle apart and change it as someone tampering with it would. */
final class SampleBundles {

    static final String CONTENT_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final BundleSubject SUBJECT = new BundleSubject(UUID.fromString("6f1c1a52-43a4-4c3e-9d55-0a4b8e4f1a01"),
            "TAWG 1", "Functional definition of open-source AI",
            UUID.fromString("0b7f2c9e-8f43-4d7a-b0a8-53f3a1d6c102"), "CD 2", CONTENT_HASH,
            UUID.fromString("c3d4e5f6-1234-4abc-8def-0123456789ab"), Instant.parse("2026-12-01T09:30:00Z"));
    static final char[] PASSWORD = "test-only-password".toCharArray();
    static final String ALIAS = "accord-bundle-signing";

    private SampleBundles() {
    }

    static SigningKeys keys(Path directory) {
        return SigningKeys.loadOrCreateDemo(directory.resolve("signing.p12"), PASSWORD, ALIAS);
    }

    static byte[] build(SigningKeys keys) {
        return new BundleWriter(new ManifestSigner(keys)).write(SUBJECT, content()).bytes();
    }

    static BundleContent content() {
        Map<ExportFormat, byte[]> exports = new EnumMap<>(ExportFormat.class);
        for (ExportFormat format : ExportFormat.values()) {
            exports.put(format, utf8("The " + format.code() + " export of TAWG 1 CD 2, long enough to change a byte"
                    + " in the middle of it without touching anything else."));
        }
        exports.put(ExportFormat.JSON, utf8("{\"version\":{\"contentHash\":\"" + CONTENT_HASH
                + "\",\"label\":\"CD 2\"},"
                + "\"reference\":\"TAWG 1\",\"title\":\"Functional definition of open-source AI\","
                + "\"clauses\":[{\"number\":\"1\",\"title\":\"Scope\",\"text\":\"This document defines open-source"
                + " AI for the working group.\"}]}"));
        return new BundleContent(exports, utf8("{\"contentHash\":\"" + CONTENT_HASH + "\",\"ballotId\":\""
                + SUBJECT.ballotId() + "\",\"rule\":\"two thirds of the votes cast, at most one quarter against\","
                + "\"tallies\":{\"approve\":14,\"disapprove\":2,\"abstain\":3,\"eligible\":21},"
                + "\"result\":\"APPROVED\",\"note\":\"tallies as voting published them\"}"),
                utf8("{\"round\":\"CD 2 comments\",\"dispositions\":[{\"comment\":\"TAWG-1-001\","
                        + "\"decision\":\"ACCEPTED\",\"observations\":\"Done in clause 3.\"}]}"),
                utf8("PK dispositions in the commenting template, standing in for a real .docx file"),
                utf8("{\"decisions\":[{\"at\":\"2026-10-01T12:00:00Z\",\"decision\":\"advance to CD\"},"
                        + "{\"at\":\"2026-11-28T16:00:00Z\",\"decision\":\"consensus on CD 2\"}]}"));
    }

    /** The bundle's files by name, in stored order. */
    static Map<String, byte[]> unzip(byte[] bundle) throws StoredZip.UnreadableZip {
        Map<String, byte[]> files = new LinkedHashMap<>();
        StoredZip.read(bundle).forEach(file -> files.put(file.name(), file.bytes()));
        return files;
    }

    /** The bundle with one file's bytes replaced, packed again as Accord packs bundles. */
    static byte[] replacing(byte[] bundle, String name, byte[] bytes) throws StoredZip.UnreadableZip {
        Map<String, byte[]> files = unzip(bundle);
        files.put(name, bytes);
        return zip(files);
    }

    static byte[] zip(Map<String, byte[]> files) {
        List<BundleFile> entries = files.entrySet().stream().map(e -> new BundleFile(e.getKey(), e.getValue()))
                .toList();
        return StoredZip.write(entries);
    }

    static byte[] flipped(byte[] bytes, int index) {
        byte[] copy = bytes.clone();
        copy[index] ^= 0x01;
        return copy;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
