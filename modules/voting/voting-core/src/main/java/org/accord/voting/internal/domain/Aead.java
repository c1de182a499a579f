package org.accord.voting.internal.domain;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random nonce stored in front of the ciphertext. The associated data binds a sealed value to where
 * it belongs (its ballot, its voter tag), so it cannot be moved elsewhere and still open.
 */
public final class Aead {

    public static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Aead() {
    }

    public static byte[] randomKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    public static byte[] seal(byte[] key, byte[] plain, byte[]... associated) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, key, nonce, plain, associated);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    /**
     * @throws IllegalStateException
     *             when the value was not sealed under this key with this associated data
     */
    public static byte[] open(byte[] key, byte[] sealed, byte[]... associated) {
        if (sealed == null || sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("This is not a sealed value: it is too short");
        }
        return crypt(Cipher.DECRYPT_MODE, key, Arrays.copyOfRange(sealed, 0, NONCE_BYTES),
                Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length), associated);
    }

    private static byte[] crypt(int mode, byte[] key, byte[] nonce, byte[] input, byte[][] associated) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("An AES-256 key has " + KEY_BYTES + " bytes");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            for (byte[] data : associated) {
                cipher.updateAAD(data);
            }
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "A value could not be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened")
                            + " with this key",
                    e);
        }
    }
}
