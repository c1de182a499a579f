package org.accord.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The demo realm: the production realm with the demo overlay laid over it (its users, the password-grant client and the
 * clients' demo secrets), so the demo differs from production only in what the overlay says. Objects merge field by
 * field; clients and users merge by their {@code clientId} or {@code username}, and new ones are added.
 *
 * <pre>
 * java -cp … org.accord.testing.DemoRealm &lt;realm.json&gt; &lt;overlay.json&gt; &lt;demo-realm.json&gt;
 * </pre>
 */
public final class DemoRealm {

    private static final List<String> IDENTITIES = List.of("clientId", "username");
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoRealm() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: DemoRealm <realm.json> <overlay.json> <demo-realm.json>");
        }
        write(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
    }

    /** Writes the realm with the overlay laid over it to {@code target}. */
    public static void write(Path realm, Path overlay, Path target) {
        try {
            ObjectNode merged = (ObjectNode) JSON.readTree(realm.toFile());
            merge(merged, (ObjectNode) JSON.readTree(overlay.toFile()));
            Files.createDirectories(target.toAbsolutePath().getParent());
            JSON.writerWithDefaultPrettyPrinter().writeValue(target.toFile(), merged);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the demo realm " + target, e);
        }
    }

    /** The secret of one of the realm's confidential clients. */
    public static String clientSecret(Path realm, String clientId) {
        try {
            for (JsonNode client : JSON.readTree(realm.toFile()).path("clients")) {
                if (clientId.equals(client.path("clientId").asText()) && client.hasNonNull("secret")) {
                    return client.get("secret").asText();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the realm " + realm, e);
        }
        throw new IllegalArgumentException("The realm " + realm + " has no secret for the client " + clientId);
    }

    static void merge(ObjectNode base, ObjectNode overlay) {
        overlay.properties().forEach(field -> {
            JsonNode current = base.get(field.getKey());
            JsonNode added = field.getValue();
            if (current instanceof ObjectNode object && added instanceof ObjectNode addedObject) {
                merge(object, addedObject);
            } else if (current instanceof ArrayNode array && added instanceof ArrayNode addedArray) {
                mergeByIdentity(array, addedArray);
            } else {
                base.set(field.getKey(), added);
            }
        });
    }

    private static void mergeByIdentity(ArrayNode base, ArrayNode overlay) {
        for (JsonNode added : overlay) {
            ObjectNode same = sameEntity(base, added);
            if (same == null) {
                base.add(added);
            } else {
                merge(same, (ObjectNode) added);
            }
        }
    }

    private static ObjectNode sameEntity(ArrayNode base, JsonNode added) {
        for (String identity : IDENTITIES) {
            if (added.hasNonNull(identity)) {
                for (JsonNode candidate : base) {
                    if (added.get(identity).equals(candidate.get(identity))) {
                        return (ObjectNode) candidate;
                    }
                }
            }
        }
        return null;
    }
}
