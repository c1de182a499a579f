package org.accord.app.e2e;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.accord.testing.AccordIntegrationStack;
import org.accord.testing.InjectStack;
import org.accord.testing.KeycloakServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A liaison opens a consensus draft, downloads the PDF and the bundle, and verifies the bundle on the page; a copy with
 * one byte changed does not verify, and a member who is no liaison is not offered to build a bundle.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = AccordIntegrationStack.class, restrictToAnnotatedClass = true)
class PublishingJourneyIT {

    /** Rendering every format for a bundle, or the archival PDF alone, takes longer than a page usually does. */
    private static final Duration RENDERING = Duration.ofSeconds(120);
    private static final By BUILD_BUNDLE = By.id("build-bundle");
    private static final String TAMPERED_FILE = "standard.md";

    @TestHTTPResource("/")
    URL home;
    @InjectStack
    KeycloakServer keycloak;

    @Test
    void liaisonDownloadsThePdfAndTheBundle_andVerifiesIt_aTamperedCopyFails() throws Exception {
        Drafts.Draft draft = Drafts.consensusDraft(keycloak, "PJ");

        try (Browser liaison = new Browser()) {
            // 1. From the standard's page to the version's downloads, where publishing offers the bundle once it has
            // heard of the consensus.
            liaison.open(home + "standards/" + draft.standardId());
            liaison.signInAtKeycloak("liv", Tokens.DEMO_PASSWORD);
            liaison.waitFor(By.cssSelector("#versions a[href='/exports/versions/" + draft.versionId() + "']")).click();
            String versionPage = home + "exports/versions/" + draft.versionId();
            assertThat(liaison.currentUrl()).as("the version's downloads").isEqualTo(versionPage);
            liaison.openUntilShown(versionPage, BUILD_BUNDLE, "the bundle form on the consensus draft's CD 1");
            assertThat(liaison.findAll(By.cssSelector("#exports tbody tr"))).as("a row per format")
                    .extracting(row -> row.getAttribute("id")).containsExactly("export-sts", "export-akoma-ntoso",
                            "export-pdf", "export-docx", "export-html", "export-markdown", "export-json");

            // 2. The PDF: served at once when stored, otherwise the page follows its rendering and then offers it.
            liaison.find(By.cssSelector("#export-pdf a")).click();
            liaison.waitUntil(RENDERING, () -> liaison.download(".pdf").isPresent()
                    || !liaison.findAll(By.id("download")).isEmpty());
            if (liaison.download(".pdf").isEmpty()) {
                liaison.find(By.id("download")).click();
            }
            byte[] pdf = Files.readAllBytes(liaison.awaitDownload(".pdf"));
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            liaison.open(versionPage);
            assertThat(sha256(pdf)).as("the PDF's hash, as the page shows it")
                    .isEqualTo(liaison.waitFor(By.cssSelector("#export-pdf code")).getText());

            // 3. The bundle, built with the page's form.
            liaison.find(By.cssSelector("#build-bundle button[type=submit]")).click();
            WebElement bundle = liaison.waitFor(By.cssSelector("#version-bundles li"), RENDERING);
            String bundleHash = bundle.findElement(By.tagName("code")).getText();
            bundle.findElement(By.tagName("a")).click();
            Path bundleFile = liaison.awaitDownload(".zip");
            assertThat(sha256(Files.readAllBytes(bundleFile))).as("the bundle's hash, as the page shows it")
                    .isEqualTo(bundleHash);

            // 4. The bundle verifies on the page, check by check.
            verify(liaison, bundleFile);
            assertThat(liaison.find(By.id("verdict")).getText()).contains("verifies: every check passed");
            assertThat(liaison.findAll(By.cssSelector("#checks tbody tr"))).as("the checks").isNotEmpty()
                    .allSatisfy(row -> assertThat(row.getAttribute("class")).as(row.getText()).isEqualTo("passed"));
            assertThat(checkNames(liaison, "tr")).contains("JWS signature", "CMS signature", "hash of standard.pdf");

            // 5. A copy with one byte of one file changed does not, and the page names that file's check.
            Path tampered = Files.createTempDirectory("accord-tampered").resolve("tampered-bundle.zip");
            Files.write(tampered, withOneByteChanged(Files.readAllBytes(bundleFile), TAMPERED_FILE));
            verify(liaison, tampered);
            assertThat(liaison.find(By.id("verdict")).getText()).contains("does not verify");
            assertThat(checkNames(liaison, "tr.failed")).as("the checks that failed")
                    .containsExactly("hash of " + TAMPERED_FILE);
        }

        // 6. An editor, who is no liaison, sees the downloads and the bundle but no form to build one.
        try (Browser editor = new Browser()) {
            editor.open(home + "exports/versions/" + draft.versionId());
            editor.signInAtKeycloak("eli", Tokens.DEMO_PASSWORD);
            editor.waitFor(By.id("exports"));
            assertThat(editor.findAll(By.cssSelector("#version-bundles li"))).hasSize(1);
            assertThat(editor.findAll(BUILD_BUNDLE)).as("the bundle form").isEmpty();
        }
    }

    private void verify(Browser browser, Path bundle) {
        browser.open(home + "exports/verify");
        browser.waitFor(By.id("bundle")).sendKeys(bundle.toString());
        browser.find(By.cssSelector("#verify-form button[type=submit]")).click();
        browser.waitFor(By.id("verdict"));
    }

    private static List<String> checkNames(Browser browser, String rows) {
        return browser.findAll(By.cssSelector("#checks tbody " + rows + " td:first-child")).stream()
                .map(WebElement::getText).toList();
    }

    /**
     * The bundle with one byte of one file changed, zipped again as Accord zips bundles (stored, in the same order, at
     * the same entry time), so that only that file's hash gives the change away.
     */
    private static byte[] withOneByteChanged(byte[] bundle, String fileName) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(bundle)); var out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(fileName)) {
                    content[content.length / 2] ^= 1;
                }
                var stored = new ZipEntry(entry.getName());
                stored.setMethod(ZipEntry.STORED);
                stored.setSize(content.length);
                stored.setCompressedSize(content.length);
                var crc = new CRC32();
                crc.update(content);
                stored.setCrc(crc.getValue());
                stored.setTimeLocal(entry.getTimeLocal());
                out.putNextEntry(stored);
                out.write(content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
