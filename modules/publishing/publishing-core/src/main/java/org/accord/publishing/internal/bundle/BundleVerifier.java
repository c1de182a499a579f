package org.accord.publishing.internal.bundle;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.accord.platform.i18n.Text;
import org.accord.publishing.internal.render.ExportFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks a bundle as an outside body would, and reports every check on its own, so a change to one file, to the
 * manifest or to a signature is named as exactly that. Never throws for what the bundle contains: bytes that are not a
 * ZIP are a failed check like any other.
 */
public final class BundleVerifier {

    static final Check.Topic ZIP = Check.Topic.of("ZIP", "publishing.check_zip");
    static final Check.Topic LAYOUT = Check.Topic.of("layout", "publishing.check_layout");
    static final Check.Topic MANIFEST = Check.Topic.of("manifest", "publishing.check_manifest");
    static final Check.Topic FILES_LISTED = Check.Topic.of("files listed", "publishing.check_files_listed");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_EXPORT = BundleLayout.export(ExportFormat.JSON);

    private final SignatureChecks signatures;

    /**
     * @param trusted
     *            the certificates of the keys whose signatures count: this server's current and earlier keys
     */
    public BundleVerifier(List<X509Certificate> trusted) {
        this.signatures = new SignatureChecks(trusted);
    }

    /** Trusts the keys the server publishes. */
    public static BundleVerifier trusting(SigningKeys keys) {
        return new BundleVerifier(keys.publishedCertificates());
    }

    /** The check that a file's bytes are those the manifest lists. */
    static Check.Topic hashCheck(String fileName) {
        return Check.Topic.of("hash of " + fileName, "publishing.check_hash", fileName);
    }

    /** The check that a file names the manifest's content hash. */
    static Check.Topic contentHashCheck(String fileName) {
        return Check.Topic.of("content hash in " + fileName, "publishing.check_content_hash", fileName);
    }

    public VerificationReport verify(byte[] bundle) {
        List<BundleFile> read;
        try {
            read = StoredZip.read(bundle);
        } catch (StoredZip.UnreadableZip e) {
            return new VerificationReport(List.of(Check.fail(ZIP, Text.of("publishing.zip_unreadable", e.reason()))));
        }
        List<Check> checks = new ArrayList<>();
        checks.add(Check.pass(ZIP, Text.of("publishing.zip_readable", read.size())));
        checks.add(layout(bundle, read));
        Map<String, BundleFile> files = read.stream()
                .collect(Collectors.toMap(BundleFile::name, Function.identity(), (first, second) -> first,
                        LinkedHashMap::new));

        Optional<Manifest> manifest = readManifest(files.get(BundleLayout.MANIFEST), checks);
        checks.add(signature(SignatureChecks.JWS, BundleLayout.MANIFEST_JWS, files, signatures::jws));
        checks.add(signature(SignatureChecks.CMS, BundleLayout.MANIFEST_CMS, files, signatures::cms));
        manifest.ifPresent(listing -> {
            checks.add(filesListed(listing, files.keySet()));
            listing.files().stream().filter(entry -> files.containsKey(entry.name()))
                    .forEach(entry -> checks.add(hash(entry, files.get(entry.name()))));
            checks.add(contentHash(BundleLayout.BALLOT, "/contentHash", files, listing));
            checks.add(contentHash(JSON_EXPORT, "/version/contentHash", files, listing));
        });
        return new VerificationReport(checks);
    }

    /** Adds the manifest's check; the checks that go by the manifest's contents run only if it could be read. */
    private static Optional<Manifest> readManifest(BundleFile file, List<Check> checks) {
        if (file == null) {
            checks.add(Check.fail(MANIFEST, Text.of("publishing.manifest_missing")));
            return Optional.empty();
        }
        Manifest manifest;
        try {
            manifest = Manifest.parse(file.bytes());
        } catch (Manifest.Unreadable e) {
            checks.add(Check.fail(MANIFEST, e.reason()));
            return Optional.empty();
        }
        checks.add(manifest.formatVersion() == Manifest.FORMAT_VERSION
                ? Check.pass(MANIFEST, Text.of("publishing.manifest_read", Manifest.FORMAT_VERSION))
                : Check.fail(MANIFEST, Text.of("publishing.manifest_format", manifest.formatVersion(),
                        Manifest.FORMAT_VERSION)));
        return Optional.of(manifest);
    }

    /** Every file a bundle must have, each once, in the ZIP layout {@link StoredZip} writes and nothing else. */
    private static Check layout(byte[] bundle, List<BundleFile> read) {
        Set<String> seen = new TreeSet<>();
        Set<String> duplicated = new TreeSet<>();
        read.forEach(file -> {
            if (!seen.add(file.name())) {
                duplicated.add(file.name());
            }
        });
        List<String> missing = BundleLayout.allFiles().stream().filter(name -> !seen.contains(name)).toList();
        if (!duplicated.isEmpty() || !missing.isEmpty()) {
            return Check.fail(LAYOUT, Text.of("publishing.layout_unexpected",
                    missing.isEmpty() ? "" : Text.of("publishing.layout_missing", String.join(", ", missing)),
                    duplicated.isEmpty() ? "" : Text.of("publishing.layout_repeated", String.join(", ", duplicated))));
        }
        // Readers that trust the ZIP's central directory could see other files than the local headers show.
        if (!Arrays.equals(bundle, StoredZip.write(read))) {
            return Check.fail(LAYOUT, Text.of("publishing.layout_rewritten"));
        }
        return Check.pass(LAYOUT, Text.of("publishing.layout_expected"));
    }

    private static Check signature(Check.Topic topic, String signatureFile, Map<String, BundleFile> files,
            BiFunction<byte[], byte[], Check> check) {
        if (!files.containsKey(BundleLayout.MANIFEST)) {
            return Check.fail(topic, Text.of("publishing.signature_unchecked", topic.label(), BundleLayout.MANIFEST));
        }
        if (!files.containsKey(signatureFile)) {
            return Check.fail(topic, Text.of("publishing.signature_unchecked", topic.label(), signatureFile));
        }
        return check.apply(files.get(BundleLayout.MANIFEST).bytes(), files.get(signatureFile).bytes());
    }

    private static Check filesListed(Manifest manifest, Set<String> present) {
        Set<String> listed = manifest.files().stream().map(Manifest.Entry::name).collect(Collectors.toSet());
        List<String> unlisted = present.stream()
                .filter(name -> !listed.contains(name) && !BundleLayout.UNLISTED.contains(name)).sorted().toList();
        List<String> absent = listed.stream().filter(name -> !present.contains(name)).sorted().toList();
        if (unlisted.isEmpty() && absent.isEmpty()) {
            return Check.pass(FILES_LISTED, Text.of("publishing.files_listed", listed.size()));
        }
        return Check.fail(FILES_LISTED, Text.of("publishing.files_not_listed",
                unlisted.isEmpty() ? "" : Text.of("publishing.files_unlisted", String.join(", ", unlisted)),
                absent.isEmpty() ? "" : Text.of("publishing.files_absent", String.join(", ", absent))));
    }

    private static Check hash(Manifest.Entry entry, BundleFile file) {
        Check.Topic topic = hashCheck(entry.name());
        String actual = file.sha256();
        if (actual.equals(entry.sha256()) && file.size() == entry.size()) {
            return Check.pass(topic, Text.of("publishing.hash_matches", entry.name()));
        }
        return Check.fail(topic, Text.of("publishing.hash_differs", entry.name(), entry.sha256(), entry.size(), actual,
                (long) file.size()));
    }

    private static Check contentHash(String fileName, String pointer, Map<String, BundleFile> files,
            Manifest manifest) {
        Check.Topic topic = contentHashCheck(fileName);
        BundleFile file = files.get(fileName);
        if (file == null) {
            return Check.fail(topic, Text.of("publishing.file_missing", fileName));
        }
        JsonNode declared;
        try {
            JsonNode root = JSON.readTree(file.bytes());
            declared = root == null ? null : root.at(pointer);
        } catch (IOException e) {
            return Check.fail(topic, Text.of("publishing.file_not_json", fileName));
        }
        String expected = manifest.subject().contentHash();
        if (declared == null || !declared.isTextual()) {
            return Check.fail(topic, Text.of("publishing.file_without_content_hash", fileName));
        }
        if (!declared.asText().equals(expected)) {
            return Check.fail(topic, Text.of("publishing.content_hash_differs", fileName, declared.asText(),
                    expected));
        }
        return Check.pass(topic, Text.of("publishing.content_hash_matches", fileName, expected));
    }
}
