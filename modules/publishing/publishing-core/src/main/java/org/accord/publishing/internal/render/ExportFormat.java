package org.accord.publishing.internal.render;

import java.util.Locale;

/** The formats a frozen version is exported in, with the file name ending and media type each is served with. */
public enum ExportFormat {
    STS("sts.xml", "application/xml"), AKOMA_NTOSO("akn.xml", "application/akn+xml"), PDF("pdf",
            "application/pdf"), DOCX("docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), HTML("html",
                            "text/html;charset=UTF-8"), MARKDOWN("md",
                                    "text/markdown;charset=UTF-8"), JSON("json", "application/json");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The name used in URLs and the API: {@code sts}, {@code akoma-ntoso}, {@code pdf}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
