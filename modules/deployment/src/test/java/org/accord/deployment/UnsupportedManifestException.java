package org.accord.deployment;

/** A kustomization or patch uses something the renderer does not support, or does not apply. */
final class UnsupportedManifestException extends RuntimeException {

    UnsupportedManifestException(String message) {
        super(message);
    }
}
