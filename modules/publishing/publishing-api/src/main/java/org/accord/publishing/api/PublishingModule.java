package org.accord.publishing.api;

import org.accord.platform.module.ModuleName;

/** Exports of frozen draft versions, signed consensus bundles, and the liaison statements that carry them. */
public final class PublishingModule {

    public static final ModuleName NAME = new ModuleName("publishing");

    private PublishingModule() {
    }
}
