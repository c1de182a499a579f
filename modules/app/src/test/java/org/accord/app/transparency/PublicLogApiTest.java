package org.accord.app.transparency;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.accord.testing.AccordTestStack;
import org.accord.transparency.internal.app.LogAppender;
import org.accord.transparency.internal.log.Rfc9162Reference;
import org.accord.transparency.internal.policy.PublicEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.accord.app.transparency.LogClient.API;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * The public log's API against its wire contract, as a client without an account sees it: entries and heads page by
 * page, every head verifies with the published key over the root of the entries served, proofs served verify with RFC
 * 9162's algorithms, the export is the same log in one file, and every malformed or unknown request is refused as
 * problem+json naming the parameter.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class PublicLogApiTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    LogAppender appender;

    private final LogClient client = new LogClient();
    private JsonPath head;

    @BeforeEach
    void logSomeDecisions() {
        UUID standard = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            appender.append(UUID.randomUUID(), new PublicEntry("test.api", Instant.parse("2026-05-01T10:00:00Z"),
                    i == 0 ? null : standard, Map.of("number", i, "note", "<b>\"quoted\"</b>")));
        }
        head = client.awaitHeadCovering(client.size());
    }

    @Test
    void entries_comePageByPage_withTheLinkToTheNextPage_untilTheLogsEnd() {
        Response first = client.given().queryParam("from", 0).queryParam("limit", 2).get(API + "/entries");
        first.then().statusCode(200).contentType("application/json").body("entries.size()", equalTo(2))
                .body("entries[0].seq", equalTo(0)).body("entries[1].seq", equalTo(1));
        String next = first.jsonPath().getString("next");
        assertThat(next).contains(API + "/entries?").contains("from=2").contains("limit=2");
        client.given().get(next).then().statusCode(200).body("entries[0].seq", equalTo(2));

        List<String> texts = entryTexts();
        assertThat(texts.size()).isGreaterThanOrEqualTo((int) head.getLong("treeSize"));
        long size = client.size();
        client.given().queryParam("from", size - 1).get(API + "/entries").then().statusCode(200)
                .body("entries.size()", equalTo(1)).body("next", nullValue());
        client.given().queryParam("from", size + 10).get(API + "/entries").then().statusCode(200)
                .body("entries.size()", equalTo(0)).body("next", nullValue());
    }

    @Test
    void everyEntry_isCanonicalJson_withItsLeafHash() throws Exception {
        JsonPath page = client.given().queryParam("from", Math.max(0, client.size() - 3)).get(API + "/entries")
                .jsonPath();
        List<Map<String, Object>> entries = page.getList("entries");
        assertThat(entries).hasSize(3);
        for (Map<String, Object> entry : entries) {
            String leaf = (String) entry.get("leaf");
            assertThat(entry.get("leafHash"))
                    .isEqualTo(HEX.formatHex(Rfc9162Reference.leafHash(leaf.getBytes(StandardCharsets.UTF_8))));
            JsonNode parsed = JSON.readTree(leaf);
            assertThat(parsed.get("seq").asLong()).isEqualTo(((Number) entry.get("seq")).longValue());
            assertThat(parsed.properties().stream().map(Map.Entry::getKey).toList()).isSorted()
                    .contains("data", "seq", "sourceEventId", "time", "type");
        }
        assertThat((String) entries.getLast().get("leaf")).contains("\"note\":\"<b>\\\"quoted\\\"</b>\"");
    }

    @Test
    void everySignedHead_verifiesWithThePublishedKey_overTheRootOfTheEntriesServed() throws Exception {
        PublicKey key = publishedKey();
        List<byte[]> entries = entryTexts().stream().map(text -> text.getBytes(StandardCharsets.UTF_8)).toList();
        List<Map<String, Object>> heads = allHeads(1000);
        assertThat(heads).isNotEmpty();
        JsonPath firstPage = client.given().queryParam("limit", 1).get(API + "/heads").then().statusCode(200)
                .body("heads.size()", equalTo(1)).extract().jsonPath();
        if (heads.size() > 1) {
            assertThat(firstPage.getString("next")).contains("after=" + heads.getFirst().get("treeSize"));
            client.given().get(firstPage.getString("next")).then().statusCode(200).body("heads[0].treeSize",
                    equalTo(heads.get(1).get("treeSize")));
        }
        long previous = -1;
        for (Map<String, Object> signed : heads) {
            long size = ((Number) signed.get("treeSize")).longValue();
            assertThat(size).isGreaterThan(previous);
            assertThat(verifies(key, signed)).as("signature of head %d", size).isTrue();
            assertThat(signed.get("rootHash")).as("root of head %d", size)
                    .isEqualTo(HEX.formatHex(Rfc9162Reference.mth(entries.subList(0, (int) size))));
            previous = size;
        }
        Map<String, Object> latest = client.given().get(API + "/heads/latest").then().statusCode(200).extract()
                .jsonPath().getMap("$");
        assertThat(verifies(key, latest)).isTrue();
        assertThat(((Number) latest.get("treeSize")).longValue()).isGreaterThanOrEqualTo(previous);
        Map<String, Object> forged = new HashMap<>(latest);
        forged.put("treeSize", previous + 1);
        assertThat(verifies(key, forged)).isFalse();
    }

    @Test
    void proofsServed_verifyWithRfc9162sAlgorithms() {
        long size = head.getLong("treeSize");
        byte[] root = HEX.parseHex(head.getString("rootHash"));
        for (long seq : new long[]{0, size / 2, size - 3, size - 1}) {
            JsonPath proof = client.given().queryParam("seq", seq).queryParam("treeSize", size)
                    .get(API + "/proofs/inclusion").then().statusCode(200).body("seq", equalTo((int) seq))
                    .body("treeSize", equalTo((int) size)).extract().jsonPath();
            String leaf = client.given().queryParam("from", seq).queryParam("limit", 1).get(API + "/entries")
                    .jsonPath().getString("entries[0].leaf");
            byte[] leafHash = Rfc9162Reference.leafHash(leaf.getBytes(StandardCharsets.UTF_8));
            assertThat(proof.getString("leafHash")).isEqualTo(HEX.formatHex(leafHash));
            assertThat(Rfc9162Reference.verifyInclusion(leafHash, seq, size, hashes(proof.getList("auditPath")),
                    root)).as("entry %d in head %d", seq, size).isTrue();
            assertThat(Rfc9162Reference.verifyInclusion(leafHash, seq, size, hashes(proof.getList("auditPath")),
                    HEX.parseHex("00".repeat(32)))).isFalse();
        }
        Map<String, Object> first = allHeads(1000).stream()
                .filter(signed -> ((Number) signed.get("treeSize")).longValue() > 0).findFirst().orElseThrow();
        long firstSize = ((Number) first.get("treeSize")).longValue();
        JsonPath consistency = client.given().queryParam("first", firstSize).queryParam("second", size)
                .get(API + "/proofs/consistency").then().statusCode(200).body("first", equalTo((int) firstSize))
                .body("second", equalTo((int) size)).extract().jsonPath();
        List<byte[]> path = hashes(consistency.getList("consistencyPath"));
        if (firstSize < size) {
            assertThat(Rfc9162Reference.verifyConsistency(firstSize, size, HEX.parseHex((String) first.get("rootHash")),
                    root, path)).isTrue();
        } else {
            assertThat(path).isEmpty();
        }
    }

    @Test
    void theExport_isOneFileToSave_holdingTheKeyEveryEntryAndEveryHead() throws Exception {
        Response export = client.given().get(API + "/export");
        export.then().statusCode(200).contentType("application/json")
                .header("Content-Disposition", "attachment; filename=\"accord-log.json\"");
        JsonNode file = JSON.readTree(export.asByteArray());

        assertThat(file.get("publicKey").asText()).isEqualTo(client.given().get(API + "/key").jsonPath()
                .getString("publicKey"));
        List<String> exported = new ArrayList<>();
        file.get("entries").forEach(text -> exported.add(text.asText()));
        List<String> served = entryTexts();
        assertThat(served.subList(0, exported.size())).isEqualTo(exported);
        assertThat(exported.size()).isGreaterThanOrEqualTo((int) head.getLong("treeSize"));
        long previous = -1;
        for (JsonNode signed : file.get("heads")) {
            assertThat(signed.get("treeSize").asLong()).isGreaterThan(previous).isLessThanOrEqualTo(exported.size());
            previous = signed.get("treeSize").asLong();
        }
        assertThat(previous).isGreaterThanOrEqualTo(head.getLong("treeSize"));
    }

    @Test
    void theKey_isEd25519_asBase64DerAndPem() throws Exception {
        JsonPath key = client.given().get(API + "/key").then().statusCode(200).body("algorithm", equalTo("Ed25519"))
                .extract().jsonPath();
        String pem = key.getString("pem");
        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n").contains("-----END PUBLIC KEY-----");
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        assertThat(body).isEqualTo(key.getString("publicKey"));
        assertThat(publishedKey().getAlgorithm()).isIn("Ed25519", "EdDSA");
    }

    @Test
    void malformedOrMissingNumbers_areRefused_asProblemJsonNamingTheParameter() {
        long size = head.getLong("treeSize");
        refused(400, "/entries?from=many", "from");
        refused(400, "/entries?from=-1", "from");
        refused(400, "/entries?limit=0", "limit");
        refused(400, "/entries?limit=1001", "limit");
        refused(400, "/entries?limit=99999999999999999999", "limit");
        refused(400, "/heads?after=-2", "after");
        refused(400, "/heads?limit=x", "limit");
        refused(400, "/proofs/inclusion?treeSize=" + size, "seq");
        refused(400, "/proofs/inclusion?seq=0", "treeSize");
        refused(400, "/proofs/inclusion?seq=zero&treeSize=" + size, "seq");
        refused(400, "/proofs/inclusion?seq=" + size + "&treeSize=" + size, "seq");
        refused(400, "/proofs/inclusion?seq=-1&treeSize=" + size, "seq");
        refused(400, "/proofs/consistency?second=" + size, "first");
        refused(400, "/proofs/consistency?first=0&second=" + size, "first");
        refused(400, "/proofs/consistency?first=" + size + "&second=" + (size - 1), "first");
        refused(400, "/proofs/consistency?first=1&second=1.5", "second");
    }

    @Test
    void sizesOfNoSignedHead_areNotFound_asProblemJson() {
        long unsigned = client.size() + 1_000_000;
        refused(404, "/proofs/inclusion?seq=0&treeSize=" + unsigned, null);
        refused(404, "/proofs/consistency?first=" + head.getLong("treeSize") + "&second=" + unsigned, null);
    }

    private void refused(int status, String request, String field) {
        Response response = client.given().get(API + request);
        response.then().statusCode(status).contentType("application/problem+json").body("status", equalTo(status))
                .body("instance", containsString(API));
        if (field != null) {
            response.then().body("field", equalTo(field)).body("detail", not(emptyOrNullString()));
        }
    }

    private List<String> entryTexts() {
        List<String> texts = new ArrayList<>();
        String next = API + "/entries?from=0&limit=1000";
        while (next != null) {
            JsonPath page = client.given().get(next).then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> entry : page.<Map<String, Object>> getList("entries")) {
                assertThat(((Number) entry.get("seq")).intValue()).isEqualTo(texts.size());
                texts.add((String) entry.get("leaf"));
            }
            next = page.getString("next");
        }
        return texts;
    }

    private List<Map<String, Object>> allHeads(int limit) {
        List<Map<String, Object>> heads = new ArrayList<>();
        String next = API + "/heads?limit=" + limit;
        while (next != null) {
            JsonPath page = client.given().get(next).then().statusCode(200).extract().jsonPath();
            heads.addAll(page.getList("heads"));
            next = page.getString("next");
        }
        return heads;
    }

    private PublicKey publishedKey() throws Exception {
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
                Base64.getDecoder().decode(client.given().get(API + "/key").jsonPath().getString("publicKey"))));
    }

    private static boolean verifies(PublicKey key, Map<String, Object> head) throws Exception {
        String message = "{\"rootHash\":\"" + head.get("rootHash") + "\",\"timestamp\":" + head.get("timestamp")
                + ",\"treeSize\":" + head.get("treeSize") + "}";
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(message.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getDecoder().decode((String) head.get("signature")));
    }

    private static List<byte[]> hashes(List<String> hex) {
        return hex.stream().map(HEX::parseHex).toList();
    }
}
