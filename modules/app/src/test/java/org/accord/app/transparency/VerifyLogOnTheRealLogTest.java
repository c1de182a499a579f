package org.accord.app.transparency;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.accord.app.transparency.VerifyLog.Run;
import org.accord.testing.AccordTestStack;
import org.accord.transparency.internal.app.LogAppender;
import org.accord.transparency.internal.policy.PublicEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline verifier, run as an outsider would run it (its own process, nothing of the server's on its class path),
 * accepts the log the application really keeps, over the public API and from an export; the same export with one
 * character of an entry changed, an entry removed or a head signed by another key is refused, and the verdict names
 * where.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class VerifyLogOnTheRealLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern RANGE = Pattern.compile("entries ([\\d,]+) to ([\\d,]+)");

    @Inject
    LogAppender appender;
    @TestHTTPResource("/")
    URL base;
    @TempDir
    Path directory;

    private final LogClient client = new LogClient();

    @Test
    void theVerifierAcceptsTheRealLog_overTheApiAndFromItsExport_andNamesEachTamperedPart() throws Exception {
        String marker = "marker-" + UUID.randomUUID();
        long first = client.size();
        for (int i = 0; i < 5; i++) {
            appender.append(UUID.randomUUID(), new PublicEntry("test.verified", Instant.now(), UUID.randomUUID(),
                    Map.of("text", marker + " “Zoë” ✓ <script>", "number", i)));
        }
        client.awaitHeadCovering(client.size());

        Run overApi = verify("--url", base.toString());
        assertThat(overApi.exitCode()).as(overApi.output()).isZero();
        assertThat(overApi.verdict()).startsWith("OK: ");

        Path export = directory.resolve("accord-log.json");
        Files.write(export, given().when().get("/api/public/log/export").then().statusCode(200).extract()
                .asByteArray());
        Run fromExport = verify("--file", export.toString());
        assertThat(fromExport.exitCode()).as(fromExport.output()).isZero();

        ObjectNode log = (ObjectNode) JSON.readTree(export.toFile());
        ArrayNode entries = (ArrayNode) log.get("entries");
        int target = (int) first + 2;
        String original = entries.get(target).asText();
        assertThat(original).contains(marker);

        entries.set(target, original.replace(marker, marker.replace("marker", "markes")));
        assertNamesEntry(verify("--file", write(log, "altered.json").toString()), target);

        entries.remove(target);
        assertThat(verify("--file", write(log, "deleted.json").toString()).verdict()).startsWith("FAILED: ");
        entries.insert(target, original);

        ArrayNode heads = (ArrayNode) log.get("heads");
        ObjectNode latest = (ObjectNode) heads.get(heads.size() - 1);
        latest.put("signature", signedByAnotherKey(latest));
        Run forged = verify("--file", write(log, "forged.json").toString());
        assertThat(forged.exitCode()).isEqualTo(1);
        assertThat(forged.verdict()).startsWith("FAILED: head ").contains("invalid signature");
    }

    private static void assertNamesEntry(Run run, int seq) {
        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        Matcher range = RANGE.matcher(run.verdict());
        boolean named = run.verdict().startsWith("FAILED: entry " + seq + " ")
                || range.find() && Long.parseLong(range.group(1).replace(",", "")) <= seq
                        && seq <= Long.parseLong(range.group(2).replace(",", ""));
        assertThat(named).as("the verdict names entry %d: %s", seq, run.verdict()).isTrue();
    }

    /** A valid Ed25519 signature over the head's own message, by a key that is not the log's. */
    private static String signedByAnotherKey(ObjectNode head) throws Exception {
        String message = "{\"rootHash\":\"" + head.get("rootHash").asText() + "\",\"timestamp\":"
                + head.get("timestamp").asLong() + ",\"treeSize\":" + head.get("treeSize").asLong() + "}";
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate());
        signature.update(message.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(signature.sign());
    }

    private Path write(ObjectNode log, String name) throws IOException {
        Path file = directory.resolve(name);
        JSON.writeValue(file.toFile(), log);
        return file;
    }

    private static Run verify(String... arguments) throws IOException, InterruptedException {
        return VerifyLog.run(arguments);
    }
}
