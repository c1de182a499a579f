package org.accord.verifylog;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a valid export of many entries (a head every 1,000 entries and one at the end) to time the verifier with; see
 * the README's "Timing" section. Arguments: the number of entries and the file to write.
 */
final class LargeExport {

    private LargeExport() {
    }

    public static void main(String[] args) throws IOException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path file = Path.of(args.length > 1 ? args[1] : "target/log-" + size + ".json");
        TestLog log = new TestLog(TestLog.newKey());
        SubtreeStack tree = new SubtreeStack();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"entries\":[");
            for (int seq = 0; seq < size; seq++) {
                String entry = TestLog.entry(seq);
                out.write((seq == 0 ? "" : ",") + TestLog.quote(entry));
                tree.append(MerkleHashes.leaf(entry.getBytes(StandardCharsets.UTF_8)));
                if ((seq + 1) % 1000 == 0 || seq + 1 == size) {
                    log.heads.add(log.signedHead(seq + 1, Hex.of(tree.root()), log.key));
                }
            }
            out.write("],\"heads\":[");
            for (int i = 0; i < log.heads.size(); i++) {
                out.write((i == 0 ? "" : ",") + log.heads.get(i).json());
            }
            out.write("],\"publicKey\":\"" + log.publicKeyBase64() + "\"}");
        }
        System.out.println("Wrote " + size + " entries and " + log.heads.size() + " heads to " + file);
    }
}
