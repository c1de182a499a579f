package org.accord.voting.internal.domain;

/**
 * Which side of the Atlantic a voter sits on. Defined here rather than taken from the membership module so that the
 * engine depends on nothing but the JDK.
 */
public enum Side {
    US, EU, OBSERVER
}
