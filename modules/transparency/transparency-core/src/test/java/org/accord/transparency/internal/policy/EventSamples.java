package org.accord.transparency.internal.policy;

import java.util.Set;
import java.util.UUID;

import org.accord.testing.RecordSamples;

/**
 * An instance of any event record with every component filled in, for attacking the policy. Ids are UUIDs, e-mail
 * addresses are e-mail addresses, and the texts the log may publish as they are (names, titles, hashes: see
 * {@link #PUBLIC_TEXT}) say so; every other text, from reasons to sign-in names and vote positions, is marked
 * {@link #PRIVATE}, so that any of it in an entry is found.
 */
final class EventSamples {

    static final String PRIVATE = "PRIVATE:";
    static final String EMAIL = "ada.lovelace@example.org";

    /** Text components an entry may carry as the event gives them. */
    static final Set<String> PUBLIC_TEXT = Set.of("fullName", "name", "code", "groupCode", "stakeholderGroup", "roles",
            "title", "question", "scope", "reference", "label", "versionLabel", "stage", "from", "to", "rule",
            "summary", "finding", "format", "disposition", "addressee", "contentHash", "sha256", "manifestSha256",
            "bundleSha256", "keyId");

    private final RecordSamples samples;

    /**
     * @param flags
     *            the value of every boolean component, so that both branches of each are tried
     */
    EventSamples(boolean flags) {
        this.samples = new RecordSamples(EventSamples::text, flags);
    }

    Object of(Class<?> recordClass) {
        return samples.of(recordClass);
    }

    private static String text(String path, String name) {
        if (name.equals("email")) {
            return EMAIL;
        }
        if (name.endsWith("Id") || name.endsWith("Ids") || name.equals("answersComments")) {
            return UUID.nameUUIDFromBytes(path.getBytes()).toString();
        }
        return PUBLIC_TEXT.contains(name) ? "public " + path : PRIVATE + path;
    }
}
