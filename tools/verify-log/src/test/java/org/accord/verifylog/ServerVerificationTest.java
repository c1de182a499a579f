package org.accord.verifylog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerVerificationTest {

    @TempDir
    Path dir;

    private TestLog log;
    private FixtureServer server;

    @BeforeEach
    void serve() throws IOException {
        log = TestLog.realistic();
        server = new FixtureServer(log);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Outcome verify(String... more) {
        String[] args = new String[more.length + 2];
        args[0] = "--url";
        args[1] = server.url() + "/";
        System.arraycopy(more, 0, args, 2, more.length);
        return Outcome.run(args);
    }

    private static void assertFailed(Outcome outcome, String... fragments) {
        assertEquals(Main.FAILED, outcome.exitCode(), outcome.out() + outcome.err());
        for (String fragment : fragments) {
            assertTrue(outcome.verdict().contains(fragment), "«" + fragment + "» missing from: " + outcome.verdict());
        }
    }

    @Test
    void aValidLogPassesWithEveryProofTheServerGaveChecked() {
        Outcome outcome = verify();
        assertEquals(Main.VERIFIED, outcome.exitCode(), outcome.out() + outcome.err());
        assertEquals(
                "OK: 300 entries, 11 signed heads, latest head 300 root " + log.heads.getLast().rootHash()
                        + " verified",
                outcome.verdict());
        assertTrue(outcome.out().contains("consistency proofs between consecutive heads"), outcome.out());
        assertEquals(300 / FixtureServer.ENTRIES_PAGE + 1,
                server.requests.stream().filter(r -> r.startsWith("entries")).count());
        assertEquals(3, server.requests.stream().filter(r -> r.startsWith("heads")).count());
        assertEquals(10, server.requests.stream().filter(r -> r.startsWith("proofs/consistency")).count());
        assertEquals(11, server.requests.stream().filter(r -> r.startsWith("proofs/inclusion")).count());
        assertTrue(server.requests.contains("proofs/inclusion {seq=100, treeSize=128}"), server.requests.toString());
        assertTrue(server.requests.contains("proofs/inclusion {seq=127, treeSize=128}"), server.requests.toString());
    }

    @Test
    void aRateLimitedRequestIsRetriedAfterTheWaitTheServerAsks() {
        server.misbehaviour = FixtureServer.Misbehaviour.RATE_LIMIT_FIRST_REQUEST;
        Outcome.WAITS.clear();
        Outcome outcome = verify();
        assertEquals(Main.VERIFIED, outcome.exitCode(), outcome.out() + outcome.err());
        assertEquals(1, Outcome.WAITS.size());
        assertTrue(Outcome.WAITS.getFirst().endsWith("/api/public/log/key"), Outcome.WAITS.toString());
    }

    @Test
    void aConsistencyProofThatDoesNotVerifyIsNamedWithItsHead() {
        server.misbehaviour = FixtureServer.Misbehaviour.WRONG_CONSISTENCY_PATH;
        assertFailed(verify(), "head 9 of 11 (tree size 200",
                "inconsistent heads: the server's consistency proof from tree size 128");
    }

    @Test
    void anInclusionProofThatDoesNotVerifyIsNamedWithItsHead() {
        server.misbehaviour = FixtureServer.Misbehaviour.WRONG_AUDIT_PATH;
        assertFailed(verify(), "head 7 of 11 (tree size 128",
                "the server's inclusion proof of entry 100 does not verify");
    }

    @Test
    void aServedLeafHashThatDiffersFromTheEntryIsNamed() {
        server.misbehaviour = FixtureServer.Misbehaviour.WRONG_LEAF_HASH;
        assertFailed(verify(), "entry 33 is served with leafHash");
    }

    @Test
    void anEntryServedUnderAnotherNumberIsNamed() {
        server.misbehaviour = FixtureServer.Misbehaviour.WRONG_SEQ;
        assertFailed(verify(), "entry 70 is served with seq 71");
    }

    @Test
    void aServerWhoseKeyDiffersFromThePinnedOneFails() throws IOException {
        Path pinned = Files.writeString(dir.resolve("other.b64"),
                Base64.getEncoder().encodeToString(TestLog.newKey().getPublic().getEncoded()));
        assertFailed(verify("--key", pinned.toString()), "the log's key was swapped");
        Path right = Files.writeString(dir.resolve("right.b64"), log.publicKeyBase64());
        assertEquals(Main.VERIFIED, verify("--key", right.toString()).exitCode());
    }

    @Test
    void aServerErrorOrNoServerIsAnErrorNotAVerdict() {
        server.misbehaviour = FixtureServer.Misbehaviour.ENTRIES_FAIL;
        Outcome failing = verify();
        assertEquals(Main.CANNOT_CHECK, failing.exitCode(), failing.out());
        assertTrue(failing.err().contains("answered HTTP 500: the database is away"), failing.err());

        String url = server.url();
        server.close();
        Outcome gone = Outcome.run("--url", url);
        assertEquals(Main.CANNOT_CHECK, gone.exitCode(), gone.out());
        assertTrue(gone.err().startsWith("ERROR: cannot reach " + url + "/api/public/log/key: "), gone.err());
    }
}
