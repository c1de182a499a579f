package org.accord.notifications.internal.domain;

/** How the e-mail of a notice is sent: on its own at once, in the member's daily digest, or not at all. */
public enum Delivery {
    IMMEDIATE, DIGEST, OFF
}
