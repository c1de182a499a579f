package org.accord.architecture;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Events leave a module only through its outbox, so they are sent if and only if the business change commits. */
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

    @Test
    void only_the_outbox_relay_sends_to_kafka() {
        only_the_outbox_relay_sends_to_kafka.check(AccordClasses.MAIN);
    }

    @Test
    void business_code_does_not_touch_the_outbox_tables_directly() {
        business_code_does_not_touch_the_outbox_tables_directly.check(AccordClasses.MAIN);
    }
}
