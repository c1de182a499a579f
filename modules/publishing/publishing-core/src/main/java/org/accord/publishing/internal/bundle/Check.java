package org.accord.publishing.internal.bundle;

/**
 * One check of a bundle's verification: what was checked, whether it held, and what was found.
 *
 * @param name
 *            what was checked, the same in every report: {@code JWS signature}, {@code hash of ballot.json}
 */
public record Check(String name, boolean passed, String message) {

    static Check pass(String name, String message) {
        return new Check(name, true, message);
    }

    static Check fail(String name, String message) {
        return new Check(name, false, message);
    }
}
