package org.accord.publishing.internal.bundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.accord.platform.i18n.Text;

/**
 * The one way Accord lays out a bundle's ZIP, so that the same files always give the same bytes: entries sorted by
 * name, stored uncompressed, each with the same time, no extra fields and no comment. Storing rather than deflating
 * keeps the bytes independent of the zlib the runtime happens to use, and keeps each file's bytes readable in the ZIP
 * as they are.
 */
final class StoredZip {

    /**
     * The time of every entry, written as the DOS date and time fields only. A ZIP entry's time has no time zone and
     * two-second steps, so it could not carry the build time faithfully anyway; the signed manifest does. Not the DOS
     * epoch 1980-01-01 itself: Java reads that as "before 1980" and adds an extended-time field in the local time zone,
     * so the bytes would depend on the machine. Gradle's reproducible archives use the same date.
     */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

    private StoredZip() {
    }

    static byte[] write(List<BundleFile> files) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (BundleFile file : files.stream().sorted(Comparator.comparing(BundleFile::name)).toList()) {
                zip.putNextEntry(storedEntry(file));
                zip.write(file.bytes());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The entries in the order they are stored, read from their local headers.
     *
     * @throws UnreadableZip
     *             naming the entry, when the bytes are not a ZIP or an entry is damaged
     */
    static List<BundleFile> read(byte[] zipBytes) throws UnreadableZip {
        List<BundleFile> files = new ArrayList<>();
        String current = null;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                current = entry.getName();
                files.add(new BundleFile(current, zip.readAllBytes()));
                current = null;
            }
        } catch (IOException | IllegalArgumentException e) {
            String problem = String.valueOf(e.getMessage());
            throw new UnreadableZip(current == null
                    ? Text.of("publishing.zip_damaged", problem)
                    : Text.of("publishing.zip_entry_damaged", current, problem));
        }
        if (files.isEmpty()) {
            throw new UnreadableZip(Text.of("publishing.zip_empty"));
        }
        return files;
    }

    private static ZipEntry storedEntry(BundleFile file) {
        var entry = new ZipEntry(file.name());
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(file.size());
        entry.setCompressedSize(file.size());
        var crc = new CRC32();
        crc.update(file.bytes());
        entry.setCrc(crc.getValue());
        entry.setTimeLocal(ENTRY_TIME);
        return entry;
    }

    /** The bytes are not a ZIP, or one of its entries cannot be read. */
    static final class UnreadableZip extends Exception {

        private final transient Text reason;

        UnreadableZip(Text reason) {
            super(reason.toString());
            this.reason = reason;
        }

        Text reason() {
            return reason;
        }
    }
}
