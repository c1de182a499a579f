package org.accord.app.backbone.ping;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.platform.module.AccordModule;
import org.accord.platform.module.ModuleName;

/** A stand-in producer module: it owns pings and publishes PingSent. */
@ApplicationScoped
public class PingModule implements AccordModule {

    public static final ModuleName NAME = new ModuleName("ping");

    @Override
    public ModuleName name() {
        return NAME;
    }
}
