package org.accord.verifylog;

import java.io.IOException;
import java.util.List;

/** The proofs a log server hands out, which the verifier checks against the heads it has verified itself. */
interface ProofSource {

    /** RFC 9162's consistency path from the tree of size {@code first} to the tree of size {@code second}. */
    List<byte[]> consistencyPath(long first, long second) throws IOException;

    InclusionProof inclusionProof(long seq, long treeSize) throws IOException;

    /** The leaf hash the server proves and its audit path (RFC 9162 section 2.1.3). */
    record InclusionProof(byte[] leafHash, List<byte[]> auditPath) {
    }
}
