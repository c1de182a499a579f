package org.accord.platform.outbox;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.platform.module.AccordModule;
import org.accord.platform.module.ModuleName;
import org.jboss.logging.Logger;

/** The events the relay parked, for administrators: listed, and retried one by one or all at once. */
@ApplicationScoped
public class OutboxParking {

    private static final Logger LOG = Logger.getLogger(OutboxParking.class);

    private final Instance<AccordModule> modules;
    private final OutboxStore store;
    private final Event<OutboxAppended> appended;

    OutboxParking(Instance<AccordModule> modules, OutboxStore store, Event<OutboxAppended> appended) {
        this.modules = modules;
        this.store = store;
        this.appended = appended;
    }

    /** Every module's parked events, oldest first within a module. */
    public List<ParkedEvent> list() {
        return names().stream().flatMap(module -> store.parked(module).stream()).toList();
    }

    /** Unparks the event, so the relay sends it, and the events of its subject behind it, at once. */
    @Transactional
    public void retry(UUID eventId, String by) {
        for (ModuleName module : names()) {
            if (store.unpark(module, eventId) > 0) {
                LOG.infof("%s retries parked event %s of the %s outbox", by, eventId, module);
                appended.fire(new OutboxAppended(module));
                return;
            }
        }
        throw RuleViolation.notFound(Text.of("platform.no_parked_event", eventId));
    }

    /** @return how many events were unparked */
    @Transactional
    public int retryAll(String by) {
        int unparked = 0;
        for (ModuleName module : names()) {
            int inModule = store.unpark(module, null);
            if (inModule > 0) {
                LOG.infof("%s retries %d parked events of the %s outbox", by, inModule, module);
                appended.fire(new OutboxAppended(module));
                unparked += inModule;
            }
        }
        return unparked;
    }

    private List<ModuleName> names() {
        return modules.stream().map(AccordModule::name).toList();
    }
}
