package org.accord.app.backbone.pong;

import jakarta.enterprise.context.ApplicationScoped;

import org.accord.platform.module.AccordModule;
import org.accord.platform.module.ModuleName;

/** A stand-in consumer module: it records every ping it hears of. */
@ApplicationScoped
public class PongModule implements AccordModule {

    public static final ModuleName NAME = new ModuleName("pong");

    @Override
    public ModuleName name() {
        return NAME;
    }
}
