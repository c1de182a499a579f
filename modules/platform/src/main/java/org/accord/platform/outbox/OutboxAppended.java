package org.accord.platform.outbox;

import org.accord.platform.module.ModuleName;

/** Fired inside the writing transaction; observed after commit to wake the relay instead of waiting for its poll. */
record OutboxAppended(ModuleName module) {
}
