package org.accord.app.publishing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.accord.testing.AccordTestStack;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * A consensus bundle carries every format, the ballot as voting published it, the answers to the comments and the
 * decisions, under a manifest signed twice; it verifies here and with OpenSSL, is built once, and any byte changed in a
 * file, the manifest or a signature is named by verification. Versions no passed ballot carried get none.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class BundlesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    ConsensusDrafts drafts;
    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    @Test
    @TestSecurity(user = "mo", roles = {"member", "editor", "moderator", "liaison"})
    void aConsensusBundle_carriesTheVotedText_verifies_andIsBuiltOnce() throws Exception {
        ConsensusDrafts.Draft draft = drafts.consensusDraft();
        awaitCarried(draft.versionId());

        JsonPath built = given().contentType(ContentType.JSON).when()
                .post("/api/publishing/versions/" + draft.versionId() + "/bundles").then().statusCode(201).extract()
                .jsonPath();
        String bundleId = built.getString("id");
        byte[] bundle = given().when().get("/api/publishing/bundles/" + bundleId + "/file").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();

        Map<String, byte[]> files = unzip(bundle);
        assertThat(files).containsKeys("standard.sts.xml", "standard.akn.xml", "standard.pdf", "standard.docx",
                "standard.html", "standard.md", "standard.json", "ballot.json", "dispositions.json",
                "dispositions.docx", "decisions.json", "manifest.json", "manifest.jws", "manifest.p7s",
                "certificate.pem");
        JsonNode ballot = json.readTree(files.get("ballot.json"));
        assertThat(ballot.get("ballotId").asText()).isEqualTo(draft.ballotId().toString());
        assertThat(ballot.get("contentHash").asText()).isEqualTo(draft.contentHash());
        assertThat(ballot.get("published").get("passed").asBoolean()).isTrue();
        assertThat(ballot.get("published").get("overall").get("eligible").asInt()).isPositive();
        JsonNode decisions = json.readTree(files.get("decisions.json")).get("decisions");
        assertThat(decisions.findValuesAsText("type")).contains("STANDARD_CREATED", "VERSION_PUBLISHED",
                "BALLOT_OPENED", "BALLOT_CLOSED", "STAGE_CHANGED");
        assertThat(new String(files.get("standard.pdf"), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        given().contentType("application/zip").body(bundle).when().post("/api/publishing/verifications").then()
                .statusCode(200).body("checks.passed", everyItem(equalTo(true)))
                .body("checks.name", hasItem("hash of standard.pdf"));

        given().contentType(ContentType.JSON).when()
                .post("/api/publishing/versions/" + draft.versionId() + "/bundles").then().statusCode(201)
                .body("id", equalTo(bundleId));
        assertThat(given().when().get("/api/publishing/bundles/" + bundleId + "/file").then().extract()
                .asByteArray()).isEqualTo(bundle);
        assertThat(count("select count(*) from publishing.outbox where subject = '" + draft.versionId()
                + "' and event_type = 'accord.publishing.BundleSigned.v1'")).isEqualTo(1);
        given().when().get("/api/publishing/keys").then().statusCode(200)
                .body("keys[0].kid", equalTo(built.getString("keyId"))).body("keys[0]", not(hasItem("d")));

        verifiesWithOpenssl(files);
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "editor", "moderator", "liaison"})
    void verification_namesExactlyTheByteThatWasChanged() throws Exception {
        ConsensusDrafts.Draft draft = drafts.consensusDraft();
        awaitCarried(draft.versionId());
        String bundleId = given().contentType(ContentType.JSON).when()
                .post("/api/publishing/versions/" + draft.versionId() + "/bundles").then().statusCode(201)
                .extract().path("id");
        Map<String, byte[]> files = unzip(given().when().get("/api/publishing/bundles/" + bundleId + "/file")
                .then().extract().asByteArray());

        assertThat(failures(flipped(files, "standard.docx"))).containsExactly("hash of standard.docx");
        assertThat(failures(flipped(files, "ballot.json"))).containsExactly("hash of ballot.json");
        assertThat(failures(flipped(files, "ballot.json", "\"contentHash\"")))
                .containsExactly("hash of ballot.json", "content hash in ballot.json");
        assertThat(failures(flipped(files, "manifest.jws"))).containsExactly("JWS signature");
        assertThat(failures(flipped(files, "manifest.p7s"))).containsExactly("CMS signature");
        assertThat(failures(flipped(files, "manifest.json"))).contains("JWS signature", "CMS signature");
    }

    @Test
    @TestSecurity(user = "mo", roles = {"member", "editor", "moderator", "liaison"})
    void versionsNoPassedBallotCarried_getNoBundle_andTheRefusalSaysWhy() throws Exception {
        ConsensusDrafts.Draft failed = drafts.committeeDraftWithFailedBallot();
        ConsensusDrafts.Draft working = drafts.publishedWorkingDraft();
        for (ConsensusDrafts.Draft draft : new ConsensusDrafts.Draft[]{failed, working}) {
            Awaitility.await().atMost(PATIENCE).until(() -> given().when()
                    .get("/api/publishing/versions/" + draft.versionId()).then().extract().statusCode() == 200);
            given().contentType(ContentType.JSON).when()
                    .post("/api/publishing/versions/" + draft.versionId() + "/bundles").then().statusCode(409)
                    .contentType(containsString("problem+json"))
                    .body("detail", containsString("No passed ballot on"));
        }
        assertThat(count("select count(*) from publishing.bundle where draft_version_id in ('" + failed.versionId()
                + "', '" + working.versionId() + "')")).isZero();
        UUID unknown = UUID.randomUUID();
        given().contentType(ContentType.JSON).when().post("/api/publishing/versions/" + unknown + "/bundles").then()
                .statusCode(404).body("detail", containsString(unknown.toString()));
    }

    @Test
    @TestSecurity(user = "uma", roles = "member")
    void aMemberWithoutTheLiaisonRole_buildsNoBundle() {
        given().contentType(ContentType.JSON).when()
                .post("/api/publishing/versions/" + UUID.randomUUID() + "/bundles").then().statusCode(403);
        given().contentType("application/zip").body(new byte[]{1, 2, 3}).when()
                .post("/api/publishing/verifications").then().statusCode(200)
                .body("checks[0].name", equalTo("ZIP")).body("checks[0].passed", equalTo(false));
    }

    @Test
    void theSigningKeys_arePublishedToAnyone() {
        String jwks = given().when().get("/api/publishing/keys").then().statusCode(200)
                .contentType(containsString("application/jwk-set+json")).extract().asString();
        assertThat(jwks).contains("\"kty\":\"RSA\"").doesNotContain("\"d\":").doesNotContain("\"p\":");
        given().when().get("/exports/keys").then().statusCode(200)
                .body(containsString("BEGIN CERTIFICATE")).body(containsString("openssl cms -verify"));
    }

    private void awaitCarried(UUID versionId) {
        Awaitility.await().atMost(PATIENCE).until(() -> {
            var response = given().when().get("/api/publishing/versions/" + versionId).then().extract();
            return response.statusCode() == 200 && response.path("bundleRefusal") == null;
        });
    }

    /** The files an outside body unpacks, checked with OpenSSL alone, as the keys page tells them to. */
    private static void verifiesWithOpenssl(Map<String, byte[]> files) throws Exception {
        assumeThat(Path.of("/usr/bin/openssl")).as("OpenSSL installed").exists();
        Path directory = Files.createTempDirectory("accord-bundle");
        for (String name : new String[]{"manifest.json", "manifest.p7s", "certificate.pem"}) {
            Files.write(directory.resolve(name), files.get(name));
        }
        Process openssl = new ProcessBuilder("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in",
                "manifest.p7s", "-content", "manifest.json", "-CAfile", "certificate.pem", "-purpose", "any", "-out",
                "/dev/null").directory(directory.toFile()).redirectErrorStream(true).start();
        assertThat(openssl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String said = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(openssl.exitValue()).as(said).isZero();
        assertThat(said).contains("Verification successful");
    }

    private List<String> failures(byte[] bundle) {
        return given().contentType("application/zip").body(bundle).when().post("/api/publishing/verifications")
                .then().statusCode(200).extract().jsonPath().getList("checks.findAll { !it.passed }.name");
    }

    /**
     * The bundle again with one byte of one file changed, packed as bundles are (stored, in the same order, with the
     * same entry time), so that only the changed file differs.
     */
    private static byte[] flipped(Map<String, byte[]> files, String name) throws IOException {
        return flipped(files, name, null);
    }

    /**
     * @param inValueOf
     *            the JSON member whose value gets the changed byte; null for the middle of a binary file, or of a JSON
     *            file's ballot title, so that only the file's hash may tell
     */
    private static byte[] flipped(Map<String, byte[]> files, String name, String inValueOf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                byte[] bytes = file.getValue().clone();
                if (file.getKey().equals(name)) {
                    bytes[position(bytes, name, inValueOf)] ^= 0x01;
                }
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(bytes.length);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                entry.setCrc(crc.getValue());
                entry.setTimeLocal(LocalDateTime.of(1980, 2, 1, 0, 0));
                zip.putNextEntry(entry);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static int position(byte[] bytes, String name, String inValueOf) {
        if (!name.endsWith(".json")) {
            return bytes.length / 2;
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        String member = inValueOf == null ? "\"title\"" : inValueOf;
        int valueStart = text.indexOf('"', text.indexOf(':', text.indexOf(member)) + 1);
        return valueStart + 2;
    }

    private static Map<String, byte[]> unzip(byte[] bundle) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bundle))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        return files;
    }

    private long count(String sql) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
