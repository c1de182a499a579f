package org.accord.transparency.internal.log;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What a signed tree head attests: the tree of {@code treeSize} leaves had this root at this time. */
public record TreeHead(long treeSize, byte[] rootHash, long timestampMs) {

    /**
     * The bytes the log signs: the canonical JSON {@code {"rootHash":"<hex>","timestamp":<ms>,"treeSize":<n>}}, so that
     * a verifier rebuilds them with any JSON library.
     */
    public byte[] message() {
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        message.put("rootHash", TreeHashes.hex(rootHash));
        message.put("timestamp", timestampMs);
        message.put("treeSize", treeSize);
        return CanonicalJson.text(message).getBytes(StandardCharsets.UTF_8);
    }
}
