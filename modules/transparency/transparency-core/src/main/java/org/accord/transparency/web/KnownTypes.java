package org.accord.transparency.web;

import java.util.List;

import org.accord.transparency.internal.policy.Decision;
import org.accord.transparency.internal.policy.PublicationPolicy;

/** The entry types the publication policy can record, for the pages' type filter. */
final class KnownTypes {

    static final List<String> ALL = new PublicationPolicy().decisions().stream()
            .filter(Decision.Published.class::isInstance).map(decision -> ((Decision.Published<?>) decision).type())
            .distinct().sorted().toList();

    private KnownTypes() {
    }
}
