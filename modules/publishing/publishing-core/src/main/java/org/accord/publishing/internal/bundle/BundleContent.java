package org.accord.publishing.internal.bundle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.accord.publishing.internal.render.ExportFormat;

/**
 * What a liaison's bundle carries besides the manifest and its signatures: the version in every export format, the
 * ballot that approved it, the disposition of comments and the standard's decision history.
 */
public final class BundleContent {

    private final List<BundleFile> files = new ArrayList<>();

    /**
     * @param exports
     *            the version in each {@link ExportFormat}; every format is required
     * @param ballotJson
     *            the rule, the tallies as voting published them, the result and the version's {@code contentHash}
     * @param dispositionsJson
     *            the disposition-of-comments report
     * @param dispositionsDocx
     *            the same report in the ISO commenting template
     * @param decisionsJson
     *            the standard's decision history
     */
    public BundleContent(Map<ExportFormat, byte[]> exports, byte[] ballotJson, byte[] dispositionsJson,
            byte[] dispositionsDocx, byte[] decisionsJson) {
        List<ExportFormat> missing = Arrays.stream(ExportFormat.values()).filter(f -> !exports.containsKey(f)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("A bundle carries every export format; missing " + missing);
        }
        exports.forEach((format, bytes) -> files.add(new BundleFile(BundleLayout.export(format), bytes)));
        files.add(new BundleFile(BundleLayout.BALLOT, ballotJson));
        files.add(new BundleFile(BundleLayout.DISPOSITIONS_JSON, dispositionsJson));
        files.add(new BundleFile(BundleLayout.DISPOSITIONS_DOCX, dispositionsDocx));
        files.add(new BundleFile(BundleLayout.DECISIONS, decisionsJson));
    }

    List<BundleFile> files() {
        return List.copyOf(files);
    }
}
