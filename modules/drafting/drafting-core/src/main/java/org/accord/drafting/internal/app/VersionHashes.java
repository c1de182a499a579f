package org.accord.drafting.internal.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.accord.drafting.internal.domain.VersionEntry;
import org.accord.drafting.internal.persistence.DraftVersionEntity;
import org.accord.drafting.internal.persistence.DraftingRepositories;
import org.accord.drafting.internal.persistence.VersionEntries;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/** Gives versions published before content hashes existed their hash, once, when the application starts. */
@ApplicationScoped
class VersionHashes {

    void fillIn(@Observes StartupEvent startup, DraftingRepositories.Versions versions, VersionEntries entries) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (DraftVersionEntity version : versions.list("contentHash is null")) {
                version.contentHash = VersionEntry.contentHash(entries.of(version.id));
            }
        });
    }
}
