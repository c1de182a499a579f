package org.accord.transparency.internal.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.accord.drafting.api.events.DraftingEvent;
import org.accord.membership.api.events.MembershipEvent;
import org.accord.platform.events.IntegrationEvent;
import org.accord.publishing.api.events.PublishingEvent;
import org.accord.review.api.events.ReviewEvent;
import org.accord.stakeholders.api.events.StakeholdersEvent;
import org.accord.voting.api.events.VotingEvent;

/**
 * What the public log records of each event the modules publish (docs/adr/0028-what-the-public-log-publishes.md): for
 * every event class a decision, an entry of one type or deliberately nothing. It refuses to exist while an event class
 * of the modules it reads has no decision, so a new event cannot slip past it, published or not.
 */
public final class PublicationPolicy {

    /** The event families of the modules whose decisions the log records. */
    public static final List<Class<? extends IntegrationEvent>> FAMILIES = List.of(MembershipEvent.class,
            StakeholdersEvent.class, DraftingEvent.class, VotingEvent.class, ReviewEvent.class, PublishingEvent.class);

    private final Map<Class<?>, Decision> byEventClass = new LinkedHashMap<>();

    public PublicationPolicy() {
        Stream.of(MembershipDecisions.all(), StakeholdersDecisions.all(), DraftingDecisions.all(),
                VotingDecisions.all(), ReviewDecisions.all(), PublishingDecisions.all()).flatMap(List::stream)
                .forEach(decision -> {
                    if (byEventClass.put(decision.eventClass(), decision) != null) {
                        throw new IllegalStateException("Two decisions on " + decision.eventClass().getName());
                    }
                });
        List<String> undecided = FAMILIES.stream().flatMap(family -> Stream.of(family.getPermittedSubclasses()))
                .filter(eventClass -> !byEventClass.containsKey(eventClass)).map(Class::getName).toList();
        if (!undecided.isEmpty()) {
            throw new IllegalStateException("The publication policy has no decision on " + undecided
                    + ": add one, and its row to ADR 0028");
        }
    }

    /** Every decision, one per event class. */
    public List<Decision> decisions() {
        return List.copyOf(byEventClass.values());
    }

    /** The entry the log records of the event, or nothing when the event is no public decision. */
    public Optional<PublicEntry> entryOf(IntegrationEvent event, Directory directory) {
        Decision decision = byEventClass.get(event.getClass());
        if (decision == null) {
            throw new IllegalArgumentException("The publication policy has no decision on "
                    + event.getClass().getName());
        }
        return decision.entryOf(event, directory);
    }
}
