package org.accord.voting.internal.app;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.voting.internal.domain.Aead;
import org.accord.voting.internal.domain.BallotBox;
import org.accord.voting.internal.persistence.BallotRows;

import io.quarkus.runtime.Startup;

/**
 * Each secret ballot's own key, kept sealed under the application's ballot-box key in {@code voting.ballot_key} while
 * the ballot is open. The database alone never holds a usable key. Checked at start-up, so a missing key stops the
 * application rather than its first secret ballot.
 */
@Startup
@ApplicationScoped
class BallotKeys {

    private final BallotRows rows;
    private final byte[] applicationKey;

    BallotKeys(BallotRows rows, VotingConfig config) {
        this.rows = rows;
        this.applicationKey = Base64.getDecoder().decode(config.ballotBoxKey().strip());
        if (applicationKey.length != Aead.KEY_BYTES) {
            throw new IllegalStateException("Set ACCORD_BALLOT_BOX_KEY (accord.voting.ballot-box-key) to "
                    + Aead.KEY_BYTES + " random bytes in base64, for example from `openssl rand -base64 32`; got "
                    + applicationKey.length + " bytes");
        }
    }

    /** Gives a new secret ballot its key, in the transaction that creates the ballot. */
    void create(UUID ballotId) {
        rows.storeKey(ballotId, Aead.seal(applicationKey, Aead.randomKey(), associated(ballotId)));
    }

    /** The box of an open secret ballot; there is none once it closed or was cancelled. */
    BallotBox boxOf(UUID ballotId) {
        byte[] wrapped = rows.wrappedKey(ballotId).orElseThrow(() -> new IllegalStateException("Secret ballot "
                + ballotId + " has no key: it is closed or cancelled"));
        return new BallotBox(ballotId, Aead.open(applicationKey, wrapped, associated(ballotId)));
    }

    private static byte[] associated(UUID ballotId) {
        return ("ballot-key:" + ballotId).getBytes(StandardCharsets.UTF_8);
    }
}
