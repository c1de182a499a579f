package org.accord.app.backbone;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.accord.app.backbone.ping.PingModule;
import org.accord.app.backbone.ping.PingSent;
import org.accord.platform.outbox.Outbox;
import org.accord.testing.AccordTestStack;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Events of one subject reach the topic in the order their transactions committed, not the order they were written. */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class OutboxCommitOrderTest {

    private static final int WRITERS = 12;
    private static final int TRANSACTIONS_EACH = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Outbox outbox;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void concurrentWritersOfOneSubject_reachTheTopicInCommitOrder() throws Exception {
        String subject = UUID.randomUUID().toString();
        List<String> commitOrder = Collections.synchronizedList(new ArrayList<>());
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                int id = writer;
                done.add(writers.submit(() -> {
                    for (int round = 0; round < TRANSACTIONS_EACH; round++) {
                        String text = "writer " + id + " round " + round;
                        QuarkusTransaction.requiringNew().run(() -> {
                            outbox.append(PingModule.NAME, new PingSent(subject, text));
                            pause(ThreadLocalRandom.current().nextInt(0, 60));
                            commitOrder.add(text);
                        });
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            writers.shutdown();
        }

        KafkaTopics topics = new KafkaTopics(bootstrapServers);
        await().atMost(Duration.ofSeconds(60)).until(() -> onTopic(topics, subject).size() == commitOrder.size());
        assertThat(onTopic(topics, subject)).containsExactlyElementsOf(commitOrder);
    }

    /** The texts of the subject's events, in the order of the partition the subject's key maps to. */
    private static List<String> onTopic(KafkaTopics topics, String subject) {
        return topics.readAll(PingModule.NAME.topic()).stream().filter(record -> subject.equals(record.key()))
                .sorted(Comparator.comparingLong(ConsumerRecord::offset)).map(ConsumerRecord::value)
                .map(OutboxCommitOrderTest::text).toList();
    }

    private static String text(String pingSent) {
        try {
            return JSON.readTree(pingSent).get("text").asText();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
