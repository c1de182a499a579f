package org.accord.publishing.internal.bundle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.accord.publishing.internal.document.Sha256;
import org.accord.publishing.internal.render.ExportFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.accord.publishing.internal.bundle.SampleBundles.flipped;
import static org.accord.publishing.internal.bundle.SampleBundles.replacing;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file whose byte is "flipped" is changed and the bundle packed again, as anyone who alters a file would; raw flips
 * in the ZIP's own bytes are tested apart.
 */
class BundleVerifierTest {

    @TempDir
    static Path keystoreDirectory;
    @TempDir
    static Path otherKeystoreDirectory;

    private static SigningKeys keys;
    private static BundleVerifier verifier;
    private static byte[] bundle;
    private static Map<String, byte[]> files;

    @BeforeAll
    static void build() throws Exception {
        keys = SampleBundles.keys(keystoreDirectory);
        verifier = BundleVerifier.trusting(keys);
        bundle = SampleBundles.build(keys);
        files = SampleBundles.unzip(bundle);
    }

    static Stream<String> listedFiles() {
        return BundleLayout.listedFiles().stream();
    }

    @ParameterizedTest
    @MethodSource("listedFiles")
    void aByteChangedInAFile_failsExactlyThatFilesHash(String name) throws Exception {
        byte[] original = files.get(name);

        VerificationReport report = verifier.verify(replacing(bundle, name, flipped(original, original.length / 2)));

        assertThat(failedChecks(report)).containsExactly("hash of " + name);
        assertThat(report.failures().getFirst().message().toString()).startsWith("hash of " + name + " differs");
    }

    @Test
    void aByteChangedInTheManifestsTitle_failsBothSignatures_whileEveryFileStillMatches() throws Exception {
        byte[] manifest = files.get(BundleLayout.MANIFEST);
        int inTitle = new String(manifest, StandardCharsets.UTF_8).indexOf("open-source");

        VerificationReport report = verifier.verify(replacing(bundle, BundleLayout.MANIFEST,
                flipped(manifest, inTitle)));

        assertThat(failedChecks(report)).containsExactly("JWS signature", "CMS signature");
        assertThat(report.check("JWS signature").orElseThrow().message().toString())
                .startsWith("JWS signature does not verify");
        assertThat(report.check("CMS signature").orElseThrow().message().toString())
                .startsWith("CMS signature does not verify");
    }

    @Test
    void aByteChangedInAHashTheManifestLists_failsBothSignatures_andThatFilesHash() throws Exception {
        byte[] manifest = files.get(BundleLayout.MANIFEST);
        String ballotHash = Sha256.hex(files.get(BundleLayout.BALLOT));
        int inHash = new String(manifest, StandardCharsets.UTF_8).indexOf(ballotHash) + 10;

        VerificationReport report = verifier.verify(replacing(bundle, BundleLayout.MANIFEST,
                flipped(manifest, inHash)));

        assertThat(failedChecks(report)).containsExactly("JWS signature", "CMS signature", "hash of ballot.json");
    }

    @Test
    void anyByteChangedInTheManifest_failsBothSignatures() throws Exception {
        byte[] manifest = files.get(BundleLayout.MANIFEST);
        for (int i = 0; i < manifest.length; i++) {
            VerificationReport report = verifier.verify(replacing(bundle, BundleLayout.MANIFEST, flipped(manifest,
                    i)));

            assertThat(failedChecks(report)).as("byte %d", i).contains("JWS signature", "CMS signature");
        }
    }

    @Test
    void anyByteChangedInTheJws_failsTheJwsSignatureOnly() throws Exception {
        byte[] jws = files.get(BundleLayout.MANIFEST_JWS);
        for (int i = 0; i < jws.length; i++) {
            VerificationReport report = verifier.verify(replacing(bundle, BundleLayout.MANIFEST_JWS, flipped(jws,
                    i)));

            assertThat(failedChecks(report)).as("byte %d", i).containsExactly("JWS signature");
            assertThat(report.failures().getFirst().message().toString()).startsWith("JWS signature does not verify");
        }
    }

    @Test
    void anyByteChangedInTheCms_failsTheCmsSignatureOnly() throws Exception {
        byte[] cms = files.get(BundleLayout.MANIFEST_CMS);
        for (int i = 0; i < cms.length; i++) {
            VerificationReport report = verifier.verify(replacing(bundle, BundleLayout.MANIFEST_CMS, flipped(cms,
                    i)));

            assertThat(failedChecks(report)).as("byte %d", i).containsExactly("CMS signature");
            assertThat(report.failures().getFirst().message().toString()).startsWith("CMS signature does not verify");
        }
    }

    @Test
    void aFileTheManifestDoesNotList_failsTheListing() throws Exception {
        VerificationReport report = verifier.verify(replacing(bundle, "extra.txt", SampleBundles.utf8("added")));

        assertThat(failedChecks(report)).containsExactly("files listed");
        assertThat(report.failures().getFirst().message().toString()).contains("not listed extra.txt");
    }

    @Test
    void aMissingFile_failsTheLayoutAndTheListing() throws Exception {
        Map<String, byte[]> without = SampleBundles.unzip(bundle);
        without.remove(BundleLayout.DECISIONS);

        VerificationReport report = verifier.verify(SampleBundles.zip(without));

        assertThat(failedChecks(report)).containsExactly("layout", "files listed");
        assertThat(report.check("files listed").orElseThrow().message().toString())
                .contains("listed but absent decisions.json");
    }

    @Test
    void aMissingFile_isNamedInEachLanguage_theChecksNameStayingTheSame() throws Exception {
        Map<String, byte[]> without = SampleBundles.unzip(bundle);
        without.remove(BundleLayout.DECISIONS);

        Check layout = verifier.verify(SampleBundles.zip(without)).check("layout").orElseThrow();

        assertThat(layout.message().in(Locale.ENGLISH))
                .isEqualTo("bundle is not laid out as expected: missing decisions.json.");
        assertThat(layout.label().in(Locale.FRENCH)).isEqualTo("structure");
        assertThat(layout.message().in(Locale.FRENCH))
                .isEqualTo("le paquet n’a pas la structure attendue\u00a0: manquants\u00a0: decisions.json.");
        assertThat(layout.label().in(Locale.GERMAN)).isEqualTo("Aufbau");
        assertThat(layout.message().in(Locale.GERMAN))
                .isEqualTo("Das Paket ist nicht wie erwartet aufgebaut: Es fehlen decisions.json.");
    }

    @Test
    void aChangedFile_isNamedInEachLanguage_withItsSizesWrittenAsTheReaderWritesNumbers() throws Exception {
        String largest = BundleLayout.listedFiles().stream()
                .max(Comparator.comparingInt(name -> files.get(name).length)).orElseThrow();
        byte[] original = files.get(largest);

        Check changed = verifier.verify(replacing(bundle, largest, flipped(original, original.length / 2))).failures()
                .getFirst();

        assertThat(changed.name()).isEqualTo("hash of " + largest);
        assertThat(changed.label().in(Locale.FRENCH)).isEqualTo("empreinte de " + largest);
        assertThat(changed.label().in(Locale.GERMAN)).isEqualTo("Hash von " + largest);
        assertThat(original.length).isGreaterThan(999);
        assertThat(changed.message().in(Locale.FRENCH)).startsWith("l’empreinte de " + largest + " diffère")
                .contains("(" + NumberFormat.getIntegerInstance(Locale.FRENCH).format(original.length) + " octets)");
        assertThat(changed.message().in(Locale.GERMAN)).startsWith("Der Hash von " + largest + " weicht ab")
                .contains("(" + NumberFormat.getIntegerInstance(Locale.GERMAN).format(original.length) + " Bytes)");
    }

    @Test
    void aBallotForAnotherContentHash_failsTheContentHashCheckOfTheBallot() {
        String otherHash = "0".repeat(64);
        BundleContent content = SampleBundles.content();
        byte[] ballot = new String(fileOf(content, BundleLayout.BALLOT), StandardCharsets.UTF_8)
                .replace(SampleBundles.CONTENT_HASH, otherHash).getBytes(StandardCharsets.UTF_8);
        Map<ExportFormat, byte[]> exports = new EnumMap<>(ExportFormat.class);
        for (ExportFormat format : ExportFormat.values()) {
            exports.put(format, fileOf(content, BundleLayout.export(format)));
        }
        BundleContent mismatched = new BundleContent(exports, ballot, fileOf(content, BundleLayout.DISPOSITIONS_JSON),
                fileOf(content, BundleLayout.DISPOSITIONS_DOCX), fileOf(content, BundleLayout.DECISIONS));

        VerificationReport report = verifier.verify(new BundleWriter(new ManifestSigner(keys))
                .write(SampleBundles.SUBJECT, mismatched).bytes());

        assertThat(failedChecks(report)).containsExactly("content hash in ballot.json");
        assertThat(report.failures().getFirst().message().toString()).contains(otherHash);
    }

    @Test
    void aBundleSignedWithAnotherKey_failsBothSignatures_unlessThatKeyIsTrusted() {
        SigningKeys other = SampleBundles.keys(otherKeystoreDirectory);
        byte[] signedElsewhere = SampleBundles.build(other);

        VerificationReport report = verifier.verify(signedElsewhere);

        assertThat(failedChecks(report)).containsExactly("JWS signature", "CMS signature");
        assertThat(report.failures()).extracting(check -> check.message().toString())
                .allMatch(m -> m.contains("not a published key"));
        var trustingBoth = new BundleVerifier(List.of(keys.certificate(), other.certificate()));
        assertThat(trustingBoth.verify(signedElsewhere).passed()).isTrue();
    }

    @Test
    void bytesThatAreNoZip_failOneCheck_sayingSo() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);

        for (byte[] notAZip : List.of(noise, new byte[0], SampleBundles.utf8("manifest.json"))) {
            VerificationReport report = verifier.verify(notAZip);

            assertThat(report.checks()).extracting(Check::name).containsExactly("ZIP");
            assertThat(report.failures().getFirst().message().toString()).startsWith("bundle is not a readable ZIP");
        }
    }

    @Test
    void aByteChangedInAStoredFileOfTheZipItself_makesTheZipUnreadable_namingTheFile() {
        int inBallot = indexOf(bundle, files.get(BundleLayout.BALLOT)) + 40;

        VerificationReport report = verifier.verify(flipped(bundle, inBallot));

        assertThat(failedChecks(report)).containsExactly("ZIP");
        assertThat(report.failures().getFirst().message().toString())
                .startsWith("bundle is not a readable ZIP: ballot.json");
    }

    @Test
    void anyByteChangedInTheZip_orTheZipCutShort_neverVerifies_andNeverThrows() {
        for (int i = 0; i < bundle.length; i += 7) {
            assertThat(verifier.verify(flipped(bundle, i)).passed()).as("byte %d flipped", i).isFalse();
        }
        for (int length = 0; length < bundle.length; length += 97) {
            assertThat(verifier.verify(Arrays.copyOf(bundle, length)).passed()).as("cut at %d", length).isFalse();
        }
    }

    @Test
    void aChangedEntryInTheCentralDirectory_failsTheLayout() {
        // The central directory repeats each name; readers that go by it would see another file than the headers.
        int lastNameCopy = lastIndexOf(bundle, SampleBundles.utf8(BundleLayout.BALLOT));

        VerificationReport report = verifier.verify(flipped(bundle, lastNameCopy));

        assertThat(failedChecks(report)).containsExactly("layout");
    }

    private static List<String> failedChecks(VerificationReport report) {
        return report.failures().stream().map(Check::name).toList();
    }

    private static byte[] fileOf(BundleContent content, String name) {
        return content.files().stream().filter(file -> file.name().equals(name)).findFirst().orElseThrow().bytes();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        List<Integer> found = occurrences(haystack, needle);
        return found.getFirst();
    }

    private static int lastIndexOf(byte[] haystack, byte[] needle) {
        List<Integer> found = occurrences(haystack, needle);
        return found.getLast();
    }

    private static List<Integer> occurrences(byte[] haystack, byte[] needle) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                found.add(i);
            }
        }
        assertThat(found).isNotEmpty();
        return found;
    }
}
