package org.accord.review.internal.sheets;

import java.util.Locale;
import java.util.Set;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;

/** The file formats the commenting template is written and read in. */
public enum SheetFormat {

    /** Word, the format of ISO's own commenting template. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    /** Excel, with a drop-down for the type of comment. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** CSV, for any spreadsheet program or script; it has no room for a heading. */
    CSV("text/csv", "csv");

    private static final Set<String> MACRO_ENABLED_EXTENSIONS = Set.of("docm", "dotm", "xlsm", "xltm");
    private static final Text ACCEPTED = Text.of("review.format_any");

    private final String mediaType;
    private final String extension;

    SheetFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** How messages name the format, e.g. "an Excel workbook (.xlsx)". */
    Text label() {
        return Text.of("review.format_" + extension);
    }

    /** The format of an uploaded file: by its name's extension, or else by its media type. */
    public static SheetFormat of(String fileName, String contentType) {
        String extension = extensionOf(fileName);
        String mediaType = mediaTypeOf(contentType);
        if (MACRO_ENABLED_EXTENSIONS.contains(extension) || mediaType.contains("macroenabled")) {
            throw RuleViolation.invalid("file", Text.of("review.file_macro_enabled", displayName(fileName), ACCEPTED));
        }
        for (SheetFormat format : values()) {
            if (format.extension.equals(extension)) {
                return format;
            }
        }
        for (SheetFormat format : values()) {
            if (format.mediaType.equals(mediaType)) {
                return format;
            }
        }
        throw RuleViolation.invalid("file", Text.of("review.file_unknown_format", ACCEPTED, displayName(fileName)));
    }

    private static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.strip();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String mediaTypeOf(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    private static Object displayName(String fileName) {
        return fileName == null || fileName.isBlank() ? Text.of("review.the_file") : fileName.strip();
    }
}
