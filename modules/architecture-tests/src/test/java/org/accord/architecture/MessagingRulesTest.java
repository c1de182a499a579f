package org.accord.architecture;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Events leave a module only through its outbox, so they are sent if and only if the business change commits; they
 * travel under declared names and arrive through the platform's one consumer mechanism.
 */
class MessagingRulesTest {

    static final ArchRule only_the_outbox_relay_sends_to_kafka = noClasses()
            .that().resideOutsideOfPackage("org.accord.platform.outbox..")
            .should().dependOnClassesThat()
            .haveFullyQualifiedName("org.eclipse.microprofile.reactive.messaging.Emitter")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.smallrye.reactive.messaging.MutinyEmitter")
            .orShould().dependOnClassesThat().resideInAPackage("org.apache.kafka.clients.producer..")
            .orShould().dependOnClassesThat()
            .haveFullyQualifiedName("org.eclipse.microprofile.reactive.messaging.Outgoing");

    static final ArchRule business_code_does_not_touch_the_outbox_tables_directly = noClasses()
            .that().resideOutsideOfPackage("org.accord.platform.outbox..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.accord.platform.outbox.OutboxStore")
            .allowEmptyShould(true);

    static final ArchRule events_travel_under_declared_type_names = classes()
            .that().implement("org.accord.platform.events.IntegrationEvent").and().areRecords()
            .should().beAnnotatedWith("org.accord.platform.events.EventType");

    /**
     * The live feed alone reads topics on its own: it applies nothing, so it needs neither inbox nor retries (ADR
     * 0029).
     */
    static final ArchRule consumers_use_the_platform_mechanism = methods()
            .that().areAnnotatedWith("org.eclipse.microprofile.reactive.messaging.Incoming")
            .and().areNotDeclaredIn("org.accord.notifications.internal.messaging.LiveFeed")
            .should().beDeclaredInClassesThat().areAssignableTo("org.accord.platform.consumer.EventSubscriber");

    @Test
    void events_travel_under_declared_type_names() {
        events_travel_under_declared_type_names.check(AccordClasses.MAIN);
    }

    @Test
    void consumers_use_the_platform_mechanism() {
        consumers_use_the_platform_mechanism.check(AccordClasses.MAIN);
    }

    @Test
    void only_the_outbox_relay_sends_to_kafka() {
        only_the_outbox_relay_sends_to_kafka.check(AccordClasses.MAIN);
    }

    @Test
    void business_code_does_not_touch_the_outbox_tables_directly() {
        business_code_does_not_touch_the_outbox_tables_directly.check(AccordClasses.MAIN);
    }
}
