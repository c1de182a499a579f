package org.accord.publishing.internal.bundle;

import org.accord.platform.i18n.Text;

/**
 * One check of a bundle's verification: what was checked, whether it held, and what was found.
 *
 * @param name
 *            what was checked, the same in every report and every language: {@code JWS signature},
 *            {@code hash of ballot.json}
 * @param label
 *            the name as people read it, in their language
 */
public record Check(String name, Text label, boolean passed, Text message) {

    /** What a check is about: its name in every report, and how people read it. */
    record Topic(String name, Text label) {

        static Topic of(String name, String labelKey, Object... args) {
            return new Topic(name, Text.of(labelKey, args));
        }
    }

    static Check pass(Topic topic, Text message) {
        return new Check(topic.name(), topic.label(), true, message);
    }

    static Check fail(Topic topic, Text message) {
        return new Check(topic.name(), topic.label(), false, message);
    }
}
