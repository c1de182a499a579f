package org.accord.verifylog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportVerificationTest {

    @TempDir
    Path dir;

    private Outcome verify(TestLog log, String... more) throws IOException {
        return verify(log.export(), more);
    }

    private Outcome verify(String export, String... more) throws IOException {
        Path file = Files.writeString(dir.resolve("log.json"), export, StandardCharsets.UTF_8);
        String[] args = new String[more.length + 2];
        args[0] = "--file";
        args[1] = file.toString();
        System.arraycopy(more, 0, args, 2, more.length);
        return Outcome.run(args);
    }

    private Path pem(java.security.PublicKey key) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded());
        return Files.writeString(dir.resolve("accord-log.pem"),
                "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
    }

    private static void assertFailed(Outcome outcome, String... fragments) {
        assertEquals(Main.FAILED, outcome.exitCode(), outcome.out() + outcome.err());
        assertTrue(outcome.verdict().startsWith("FAILED: "), outcome.out());
        for (String fragment : fragments) {
            assertTrue(outcome.verdict().contains(fragment), "«" + fragment + "» missing from: " + outcome.verdict());
        }
    }

    /** Re-signs every head of the log over its present entries, as a log that rewrote itself would. */
    private static void resignAll(TestLog log) {
        log.heads.replaceAll(head -> log.signedHead(head.treeSize()));
    }

    @Test
    void aValidLogPassesAndSaysWhichKeyItTrusted() throws IOException {
        TestLog log = TestLog.realistic();
        Outcome outcome = verify(log);
        assertEquals(Main.VERIFIED, outcome.exitCode(), outcome.out());
        assertEquals(
                "OK: 300 entries, 11 signed heads, latest head 300 root " + log.heads.getLast().rootHash()
                        + " verified",
                outcome.verdict());
        assertTrue(outcome.out().contains("not pinned; pass --key"), outcome.out());
        assertTrue(outcome.out().contains(PublicKeys.fingerprint(log.key.getPublic())), outcome.out());
    }

    @Test
    void aValidLogPassesWithItsKeyPinnedAsPemOrBase64OrDer() throws IOException {
        TestLog log = TestLog.realistic();
        Outcome pinned = verify(log, "--key", pem(log.key.getPublic()).toString());
        assertEquals(Main.VERIFIED, pinned.exitCode(), pinned.out());
        assertTrue(pinned.out().contains("Key: pinned"), pinned.out());
        Path base64 = Files.writeString(dir.resolve("key.b64"), log.publicKeyBase64() + "\n");
        assertEquals(Main.VERIFIED, verify(log, "--key", base64.toString()).exitCode());
        Path der = Files.write(dir.resolve("key.der"), log.key.getPublic().getEncoded());
        assertEquals(Main.VERIFIED, verify(log, "--key", der.toString()).exitCode());
    }

    @Test
    void entriesAfterTheLatestHeadAndLogsWithoutHeadsAreCheckedForFormAndSaidSo() throws IOException {
        TestLog log = TestLog.of(40, 8, 32);
        Outcome tail = verify(log);
        assertEquals(Main.VERIFIED, tail.exitCode(), tail.out());
        assertTrue(tail.out().contains("The 8 entries after the latest head are not signed yet"), tail.out());

        log.heads.clear();
        Outcome unsigned = verify(log);
        assertEquals(Main.VERIFIED, unsigned.exitCode(), unsigned.out());
        assertTrue(unsigned.verdict().contains("no head signs the log yet"), unsigned.out());

        TestLog empty = TestLog.of(0, 0);
        Outcome emptyOutcome = verify(empty);
        assertEquals(Main.VERIFIED, emptyOutcome.exitCode(), emptyOutcome.out());
        assertTrue(emptyOutcome.verdict().startsWith("OK: 0 entries, 1 signed head, latest head 0 root e3b0c442"),
                emptyOutcome.out());
    }

    @Test
    void everyAlteredCharacterOfAnEntryIsCaughtAndPinnedToTheEntryOrTheFirstHeadCoveringIt() throws IOException {
        TestLog log = TestLog.realistic();
        // Entry 137 is a ballot (data, seq, type, ids, time), 138 a draft with escapes and characters beyond ASCII, 0
        // and 299 sit under the first and the last head.
        record Target(int seq, String head, String range) {
        }
        Set<String> kinds = new HashSet<>();
        for (Target target : new Target[]{new Target(137, "head 9 of 11", "entries 128 to 199"),
                new Target(138, "head 9 of 11", "entries 128 to 199"), new Target(0, "head 1 of 11", "entries 0 to 0"),
                new Target(299, "head 11 of 11", "entries 255 to 299")}) {
            String original = log.entries.get(target.seq());
            for (int at = 0; at < original.length(); at++) {
                char altered = (char) (original.charAt(at) ^ 1);
                log.entries.set(target.seq(), original.substring(0, at) + altered + original.substring(at + 1));
                Outcome outcome = verify(log);
                assertEquals(Main.FAILED, outcome.exitCode(), "character " + at + " of entry " + target.seq());
                String verdict = outcome.verdict();
                // A changed source event id can repeat a later entry's, which is then named beside this one.
                boolean namesEntry = verdict.startsWith("FAILED: entry " + target.seq() + " ")
                        || verdict.contains("which entry " + target.seq() + " already records");
                boolean namesHead = verdict.startsWith("FAILED: " + target.head() + " ")
                        && verdict.contains(target.range());
                assertTrue(namesEntry || namesHead, "character " + at + " of entry " + target.seq() + ": " + verdict);
                kinds.add(namesEntry ? verdict.replaceFirst("FAILED: entry \\d+ (\\w+ \\w+).*", "$1") : "root");
            }
            log.entries.set(target.seq(), original);
        }
        assertEquals(Set.of("root", "is not", "is missing", "is out", "has the", "has a", "records source"), kinds);
    }

    @Test
    void alteredDataSeqAndTypeAreEachNamed() throws IOException {
        TestLog log = TestLog.realistic();
        String original = log.entries.get(137);

        log.entries.set(137, original.replace("\"yes\":12", "\"yes\":13"));
        assertFailed(verify(log), "head 9 of 11 (tree size 200", "root mismatch at head size 200",
                "one of entries 128 to 199");

        log.entries.set(137, original.replace("\"seq\":137", "\"seq\":136"));
        assertFailed(verify(log), "entry 137 is out of place", "numbered 136");

        log.entries.set(137, original.replace("ballot.closed", "ballot.opened"));
        assertFailed(verify(log), "head 9 of 11", "root mismatch at head size 200", "one of entries 128 to 199");
    }

    @Test
    void aDeletedEntryIsNamed() throws IOException {
        TestLog log = TestLog.realistic();
        log.entries.remove(42);
        assertFailed(verify(log), "entry 42 is missing: in its place stands the entry numbered 43");
    }

    @Test
    void aDeletedEntryWithTheRestRenumberedBreaksTheRootOfTheFirstHeadCoveringIt() throws IOException {
        TestLog log = TestLog.realistic();
        log.entries.remove(42);
        for (int seq = 42; seq < log.entries.size(); seq++) {
            log.entries.set(seq, log.entries.get(seq).replace("\"seq\":" + (seq + 1) + ",", "\"seq\":" + seq + ","));
        }
        assertFailed(verify(log), "head 4 of 11 (tree size 50", "one of entries 8 to 49");
    }

    @Test
    void twoReorderedEntriesAreNamed() throws IOException {
        TestLog log = TestLog.realistic();
        Collections.swap(log.entries, 60, 61);
        assertFailed(verify(log), "entry 60 is missing: in its place stands the entry numbered 61");
    }

    @Test
    void aDuplicatedEntryIsNamed() throws IOException {
        TestLog log = TestLog.realistic();
        log.entries.add(76, log.entries.get(75));
        assertFailed(verify(log), "entry 76 is out of place: in its place stands an entry numbered 75");
    }

    @Test
    void oneSourceEventLoggedTwiceIsNamedEvenWhenTheLogSignedIt() throws IOException {
        TestLog log = TestLog.realistic();
        String first = new java.util.UUID(0x1c0ffee0L, 149).toString();
        String second = new java.util.UUID(0x1c0ffee0L, 150).toString();
        log.entries.set(150, log.entries.get(150).replace(second, first));
        resignAll(log);
        assertFailed(verify(log), "entry 150 records source event " + first + ", which entry 149 already records");
    }

    @Test
    void aReserialisedEntryIsNamed() throws IOException {
        TestLog log = TestLog.realistic();
        log.entries.set(90, log.entries.get(90).replace("\"seq\":90,", "\"seq\": 90,"));
        assertFailed(verify(log), "entry 90 is not in its canonical (RFC 8785) form");

        log = TestLog.realistic();
        log.entries.set(0, log.entries.get(0).replace("Zo\u00eb", "Zo\\u00eb"));
        assertFailed(verify(log), "entry 0 is not in its canonical (RFC 8785) form");

        log = TestLog.realistic();
        String entry = log.entries.get(91);
        int type = entry.indexOf(",\"type\"");
        log.entries.set(91, "{" + entry.substring(type + 1, entry.length() - 1) + "," + entry.substring(1, type) + "}");
        assertFailed(verify(log), "entry 91 is not in its canonical (RFC 8785) form");
    }

    @Test
    void anEntryOutsideTheContractIsNamed() throws IOException {
        TestLog log = TestLog.realistic();
        log.entries.set(12, log.entries.get(12).replace("{\"data\"", "{\"author\":\"x\",\"data\""));
        assertFailed(verify(log), "entry 12 has the key \"author\"");

        log = TestLog.realistic();
        log.entries.set(13, log.entries.get(13).replace("T10:08:01Z", "T10:08:01+01:00"));
        assertFailed(verify(log), "entry 13 has a \"time\" that is not an ISO-8601 UTC instant");
    }

    @Test
    void aHeadSignedWithAnotherKeyIsNamed() throws IOException {
        TestLog log = TestLog.realistic();
        TestLog.Head genuine = log.heads.get(5);
        log.heads.set(5, log.signedHead(genuine.treeSize(), genuine.rootHash(), TestLog.newKey()));
        assertFailed(verify(log),
                "head 6 of 11 (tree size 100, signed 2026-12-01T11:40:00.011Z) has an invalid signature",
                "signed by another key");
    }

    @Test
    void aHeadWithAnAlteredSizeOrTimestampNoLongerVerifies() throws IOException {
        TestLog log = TestLog.realistic();
        TestLog.Head genuine = log.heads.get(5);
        log.heads.set(5,
                new TestLog.Head(genuine.treeSize(), genuine.rootHash(), genuine.timestamp() + 1, genuine.signature()));
        assertFailed(verify(log), "head 6 of 11", "invalid signature");
    }

    @Test
    void aSignedHeadWhoseRootIsWrongIsNamed() throws IOException {
        TestLog log = TestLog.realistic();
        log.heads.set(3, log.signedHead(50, log.heads.get(2).rootHash(), log.key));
        assertFailed(verify(log), "head 4 of 11 (tree size 50", "root mismatch at head size 50", "inconsistent heads",
                "head 5 of 11 (tree size 64) signs these very entries");
    }

    @Test
    void aRewrittenHistoryThatKeptAnOldHeadIsInconsistent() throws IOException {
        TestLog log = TestLog.realistic();
        log.entries.set(20, log.entries.get(20).replace("academia", "industry"));
        log.heads.replaceAll(head -> head.treeSize() > 50 ? log.signedHead(head.treeSize()) : head);
        assertFailed(verify(log), "head 4 of 11 (tree size 50", "inconsistent heads", "head 5 of 11 (tree size 64)");
    }

    @Test
    void twoHeadsOfOneSizeWithDifferentRootsAreInconsistent() throws IOException {
        TestLog log = TestLog.of(10, 4, 4);
        log.heads.set(1, log.signedHead(4, log.heads.get(0).rootHash().replace('a', 'b').replace('0', 'a'), log.key));
        assertFailed(verify(log), "head 2 of 2 (tree size 4",
                "inconsistent heads: the head before it signs another root");
    }

    @Test
    void aPinnedKeyThatDiffersFromThePublishedOneFails() throws IOException {
        TestLog log = TestLog.realistic();
        assertFailed(verify(log, "--key", pem(TestLog.newKey().getPublic()).toString()),
                "the log publishes the key with fingerprint " + PublicKeys.fingerprint(log.key.getPublic()),
                "the log's key was swapped");
    }

    @Test
    void aLogThatSwappedItsKeyAndResignedEverythingIsCaughtOnlyByThePinnedKey() throws IOException {
        TestLog original = TestLog.realistic();
        Path pinned = pem(original.key.getPublic());
        TestLog swapped = new TestLog(TestLog.newKey());
        swapped.entries.addAll(original.entries);
        original.heads.forEach(head -> swapped.heads.add(swapped.signedHead(head.treeSize())));
        assertEquals(Main.VERIFIED, verify(swapped).exitCode());
        assertFailed(verify(swapped, "--key", pinned.toString()), "the log's key was swapped");

        String republished = original.export().replace(original.publicKeyBase64(), swapped.publicKeyBase64());
        assertFailed(verify(republished), "head 1 of 11 (tree size 1", "invalid signature");
    }

    @Test
    void missingEntriesUnderTheLatestHeadAreNamed() throws IOException {
        TestLog log = TestLog.realistic();
        log.entries.subList(295, 300).clear();
        assertFailed(verify(log), "head 11 of 11 (tree size 300",
                "the log holds only 295: entries 295 to 299 are missing");
    }

    @Test
    void headsOutOfOrderAreNamed() throws IOException {
        TestLog log = TestLog.realistic();
        Collections.swap(log.heads, 1, 2);
        assertFailed(verify(log), "head 3 of 11 (tree size 7", "heads out of order");
    }

    @Test
    void theFirstProblemInLogOrderIsTheOneNamed() throws IOException {
        TestLog log = TestLog.realistic();
        log.heads.set(1, log.signedHead(7, log.heads.get(1).rootHash(), TestLog.newKey()));
        log.entries.remove(250);
        assertFailed(verify(log), "head 2 of 11 (tree size 7");

        log = TestLog.realistic();
        log.heads.set(1, log.signedHead(7, log.heads.get(1).rootHash(), TestLog.newKey()));
        log.entries.remove(5);
        assertFailed(verify(log), "entry 5 is missing");
    }

    @Test
    void anExportThatIsNotJsonFailsAndAMissingFileIsAnError() throws IOException {
        TestLog log = TestLog.realistic();
        String export = log.export();
        assertFailed(verify(export.substring(0, export.length() / 2)), "the export is not well-formed");
        assertFailed(verify(export.replace("\"heads\":[", "\"heads\":{")), "the export is not well-formed");
        assertFailed(verify("{\"entries\":[]}"), "lacks its \"heads\"");

        Outcome missing = Outcome.run("--file", dir.resolve("absent.json").toString());
        assertEquals(Main.CANNOT_CHECK, missing.exitCode());
        assertTrue(missing.err().startsWith("ERROR: no such file"), missing.err());
    }

    @Test
    void anExportThatIsNotUtf8Fails() throws IOException {
        Path file = dir.resolve("log.json");
        byte[] export = TestLog.realistic().export().getBytes(StandardCharsets.UTF_8);
        export[export.length / 2] = (byte) 0xff;
        Files.write(file, export);
        Outcome outcome = Outcome.run("--file", file.toString());
        assertFailed(outcome, "the export is not UTF-8 text");
    }

    @Test
    void aCommandLineItCannotActOnIsAUsageError() throws IOException {
        for (String[] args : new String[][]{{}, {"--url"}, {"--file", "a", "--url", "https://x.example"},
                {"--url", "ftp://x.example"}, {"--colour", "red"},
                {"--file", "log.json", "--key", dir.resolve("none").toString()}}) {
            Outcome outcome = Outcome.run(args);
            assertEquals(Main.CANNOT_CHECK, outcome.exitCode(), String.join(" ", args));
            assertTrue(outcome.err().startsWith("ERROR: "), outcome.err());
        }
        Path notAKey = Files.writeString(dir.resolve("not-a-key.pem"), "hello");
        Outcome badKey = verify(TestLog.of(3, 3), "--key", notAKey.toString());
        assertEquals(Main.CANNOT_CHECK, badKey.exitCode());
        assertTrue(badKey.err().contains("holds no Ed25519 public key"), badKey.err());
        assertEquals(Main.VERIFIED, Outcome.run("--help").exitCode());
    }
}
