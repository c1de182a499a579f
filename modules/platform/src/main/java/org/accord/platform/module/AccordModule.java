package org.accord.platform.module;

/**
 * Implemented once by every business module (as an application-scoped bean) so the platform can find the module's
 * outbox to relay and its tables to watch.
 */
public interface AccordModule {

    ModuleName name();
}
