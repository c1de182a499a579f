package org.accord.transparency.api;

import org.accord.platform.module.ModuleName;

/**
 * The public, append-only log of the group's decisions: entries taken from every module's events, a Merkle tree over
 * them as RFC 9162 defines it, signed tree heads, and the proofs that let anyone check the record was not rewritten.
 */
public final class TransparencyModule {

    public static final ModuleName NAME = new ModuleName("transparency");

    private TransparencyModule() {
    }
}
