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

import org.accord.publishing.internal.render.ExportFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks a bundle as an outside body would, and reports every check on its own, so a change to one file, to the
 * manifest or to a signature is named as exactly that. Never throws for what the bundle contains: bytes that are not a
 * ZIP are a failed check like any other.
 */
public final class BundleVerifier {

    static final String ZIP = "ZIP";
    static final String LAYOUT = "layout";
    static final String MANIFEST = "manifest";
    static final String FILES_LISTED = "files listed";

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

    /** The name of the check that a file's bytes are those the manifest lists. */
    public static String hashCheck(String fileName) {
        return "hash of " + fileName;
    }

    /** The name of the check that a file names the manifest's content hash. */
    public static String contentHashCheck(String fileName) {
        return "content hash in " + fileName;
    }

    public VerificationReport verify(byte[] bundle) {
        List<BundleFile> read;
        try {
            read = StoredZip.read(bundle);
        } catch (StoredZip.UnreadableZip e) {
            return new VerificationReport(List.of(Check.fail(ZIP, "bundle is not a readable ZIP: " + e.getMessage())));
        }
        List<Check> checks = new ArrayList<>();
        checks.add(Check.pass(ZIP, "bundle is a readable ZIP of " + read.size() + " files"));
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
            checks.add(Check.fail(MANIFEST, "manifest.json is missing"));
            return Optional.empty();
        }
        Manifest manifest;
        try {
            manifest = Manifest.parse(file.bytes());
        } catch (IllegalArgumentException e) {
            checks.add(Check.fail(MANIFEST, e.getMessage()));
            return Optional.empty();
        }
        checks.add(manifest.formatVersion() == Manifest.FORMAT_VERSION
                ? Check.pass(MANIFEST, "manifest.json is a manifest of format " + Manifest.FORMAT_VERSION)
                : Check.fail(MANIFEST, "manifest.json has format " + manifest.formatVersion()
                        + "; this verifier reads format " + Manifest.FORMAT_VERSION));
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
            return Check.fail(LAYOUT, "bundle is not laid out as expected:"
                    + (missing.isEmpty() ? "" : " missing " + String.join(", ", missing) + ".")
                    + (duplicated.isEmpty() ? "" : " more than once " + String.join(", ", duplicated) + "."));
        }
        // Readers that trust the ZIP's central directory could see other files than the local headers show.
        if (!Arrays.equals(bundle, StoredZip.write(read))) {
            return Check.fail(LAYOUT, "bundle's ZIP structure differs from the one Accord writes for these files");
        }
        return Check.pass(LAYOUT, "bundle has every expected file, laid out as Accord writes it");
    }

    private static Check signature(String name, String signatureFile, Map<String, BundleFile> files,
            BiFunction<byte[], byte[], Check> check) {
        if (!files.containsKey(BundleLayout.MANIFEST)) {
            return Check.fail(name, name + " cannot be checked: manifest.json is missing");
        }
        if (!files.containsKey(signatureFile)) {
            return Check.fail(name, name + " cannot be checked: " + signatureFile + " is missing");
        }
        return check.apply(files.get(BundleLayout.MANIFEST).bytes(), files.get(signatureFile).bytes());
    }

    private static Check filesListed(Manifest manifest, Set<String> present) {
        Set<String> listed = manifest.files().stream().map(Manifest.Entry::name).collect(Collectors.toSet());
        List<String> unlisted = present.stream()
                .filter(name -> !listed.contains(name) && !BundleLayout.UNLISTED.contains(name)).sorted().toList();
        List<String> absent = listed.stream().filter(name -> !present.contains(name)).sorted().toList();
        if (unlisted.isEmpty() && absent.isEmpty()) {
            return Check.pass(FILES_LISTED, "manifest lists exactly the " + listed.size() + " files present");
        }
        return Check.fail(FILES_LISTED, "manifest does not list exactly the files present:"
                + (unlisted.isEmpty() ? "" : " not listed " + String.join(", ", unlisted) + ".")
                + (absent.isEmpty() ? "" : " listed but absent " + String.join(", ", absent) + "."));
    }

    private static Check hash(Manifest.Entry entry, BundleFile file) {
        String name = hashCheck(entry.name());
        String actual = file.sha256();
        if (actual.equals(entry.sha256()) && file.size() == entry.size()) {
            return Check.pass(name, "hash of " + entry.name() + " matches the manifest");
        }
        return Check.fail(name, "hash of " + entry.name() + " differs: the manifest lists " + entry.sha256() + " ("
                + entry.size() + " bytes), the file has " + actual + " (" + file.size() + " bytes)");
    }

    private static Check contentHash(String fileName, String pointer, Map<String, BundleFile> files,
            Manifest manifest) {
        String name = contentHashCheck(fileName);
        BundleFile file = files.get(fileName);
        if (file == null) {
            return Check.fail(name, fileName + " is missing");
        }
        JsonNode declared;
        try {
            JsonNode root = JSON.readTree(file.bytes());
            declared = root == null ? null : root.at(pointer);
        } catch (IOException e) {
            return Check.fail(name, fileName + " is not JSON");
        }
        String expected = manifest.subject().contentHash();
        if (declared == null || !declared.isTextual()) {
            return Check.fail(name, fileName + " names no contentHash");
        }
        if (!declared.asText().equals(expected)) {
            return Check.fail(name, "content hash in " + fileName + " is " + declared.asText()
                    + ", the manifest declares " + expected);
        }
        return Check.pass(name, "content hash in " + fileName + " is the manifest's " + expected);
    }
}
