package org.accord.publishing.internal.bundle;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.accord.publishing.internal.render.ExportFormat;

/**
 * The names of the files in a consensus bundle. Names are fixed, not derived from the standard's reference, so an
 * outside body's scripts and the verifier find the same file in every bundle.
 */
public final class BundleLayout {

    public static final String BALLOT = "ballot.json";
    public static final String DISPOSITIONS_JSON = "dispositions.json";
    public static final String DISPOSITIONS_DOCX = "dispositions.docx";
    public static final String DECISIONS = "decisions.json";
    public static final String CERTIFICATE = "certificate.pem";
    public static final String MANIFEST = "manifest.json";
    public static final String MANIFEST_JWS = "manifest.jws";
    public static final String MANIFEST_CMS = "manifest.p7s";

    /** The manifest and its two signatures: every other file is listed in the manifest. */
    public static final List<String> UNLISTED = List.of(MANIFEST, MANIFEST_JWS, MANIFEST_CMS);

    private BundleLayout() {
    }

    /** {@code standard.sts.xml}, {@code standard.pdf}, ... */
    public static String export(ExportFormat format) {
        return "standard." + format.extension();
    }

    /** Every file a bundle holds, in the order they are stored: by name. */
    public static List<String> allFiles() {
        return Stream.concat(listedFiles().stream(), UNLISTED.stream()).sorted().toList();
    }

    /** The files the manifest lists, sorted by name. */
    public static List<String> listedFiles() {
        return Stream
                .concat(Arrays.stream(ExportFormat.values()).map(BundleLayout::export),
                        Stream.of(BALLOT, DISPOSITIONS_JSON, DISPOSITIONS_DOCX, DECISIONS, CERTIFICATE))
                .sorted().toList();
    }
}
