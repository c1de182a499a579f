package org.accord.publishing.internal.bundle;

import java.util.Objects;

import org.accord.publishing.internal.document.Sha256;

/** One file of a bundle: its name inside the ZIP and its bytes. */
public record BundleFile(String name, byte[] bytes) {

    public BundleFile {
        Objects.requireNonNull(name, "name");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public String sha256() {
        return Sha256.hex(bytes);
    }

    public int size() {
        return bytes.length;
    }
}
