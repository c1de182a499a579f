package org.accord.membership.api;

/** The delegation a member belongs to; observers are other GPAI participants. */
public enum Side {
    US, EU, OBSERVER
}
