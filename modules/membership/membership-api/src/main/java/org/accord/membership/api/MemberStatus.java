package org.accord.membership.api;

public enum MemberStatus {
    ACTIVE, SUSPENDED, LEFT
}
