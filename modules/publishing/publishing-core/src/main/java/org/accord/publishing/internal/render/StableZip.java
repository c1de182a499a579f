package org.accord.publishing.internal.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a ZIP file, such as an Office document, with every entry dated at one given moment. Libraries date entries
 * with the time they write them, which alone would make the same document give different bytes on every export.
 */
final class StableZip {

    private StableZip() {
    }

    /** The same entries in the same order, each dated {@code at} in UTC, so the bytes do not depend on the zone. */
    static byte[] withEntryTimes(byte[] zip, Instant at) {
        LocalDateTime time = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        var out = new ByteArrayOutputStream(zip.length);
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip)); var rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                rewritten.putNextEntry(copy);
                in.transferTo(rewritten);
                rewritten.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
