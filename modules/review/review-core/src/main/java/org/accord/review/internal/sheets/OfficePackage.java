package org.accord.review.internal.sheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens the package of an uploaded .docx or .xlsx, refusing what Accord does not read: other kinds of file, the old
 * binary formats, password-protected files and packages with macros, whatever their names say.
 */
final class OfficePackage {

    private OfficePackage() {
    }

    /** The opened package; the caller reverts it when done, as nothing is ever saved back. */
    static OPCPackage open(byte[] content, SheetFormat format) {
        FileMagic magic = FileMagic.valueOf(content);
        // Office keeps an encrypted .docx or .xlsx in the same container as the old binary formats.
        if (magic == FileMagic.OLE2) {
            throw isEncrypted(content) ? passwordProtected() : oldBinaryFormat(format);
        }
        if (magic != FileMagic.OOXML) {
            throw FileRefusal.damaged(format, null);
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(content));
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw FileRefusal.damaged(format, e);
        }
        try {
            refuseMacros(pkg, format);
            refuseOtherKinds(pkg, format);
            return pkg;
        } catch (RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    private static boolean isEncrypted(byte[] content) {
        try (var container = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return container.getRoot().hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void refuseMacros(OPCPackage pkg, SheetFormat format) {
        List<PackagePart> parts;
        try {
            parts = pkg.getParts();
        } catch (InvalidFormatException e) {
            throw FileRefusal.damaged(format, e);
        }
        boolean macros = parts.stream().anyMatch(part -> {
            String contentType = part.getContentType().toLowerCase(Locale.ROOT);
            return contentType.contains("macroenabled") || contentType.contains("vba")
                    || part.getPartName().getName().toLowerCase(Locale.ROOT).contains("vbaproject");
        });
        if (macros) {
            throw FileRefusal.of(Text.of("review.file_macros", format.label()));
        }
    }

    private static void refuseOtherKinds(OPCPackage pkg, SheetFormat format) {
        Optional<SheetFormat> kind = mainPart(pkg).flatMap(part -> kindOf(part.getContentType()));
        if (kind.isEmpty()) {
            throw FileRefusal.damaged(format, null);
        }
        if (kind.get() != format) {
            throw FileRefusal.of(Text.of("review.file_other_kind", kind.get().label(), format.label(),
                    kind.get().extension()));
        }
    }

    private static Optional<PackagePart> mainPart(OPCPackage pkg) {
        List<PackagePart> parts = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (parts.isEmpty()) {
            parts = pkg.getPartsByRelationshipType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        return parts.stream().findFirst();
    }

    private static Optional<SheetFormat> kindOf(String mainContentType) {
        if (mainContentType.contains("wordprocessingml")) {
            return Optional.of(SheetFormat.DOCX);
        }
        if (mainContentType.contains("spreadsheetml")) {
            return Optional.of(SheetFormat.XLSX);
        }
        return Optional.empty();
    }

    private static RuleViolation passwordProtected() {
        return FileRefusal.of(Text.of("review.file_password"));
    }

    private static RuleViolation oldBinaryFormat(SheetFormat format) {
        return FileRefusal.of(Text.of("review.file_old_format", format.label()));
    }
}
