package org.accord.app.drafting;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.accord.app.backbone.KafkaTopics;
import org.accord.drafting.api.DraftingModule;
import org.accord.drafting.api.events.DraftVersionPublished;
import org.accord.platform.events.CloudEventHeaders;
import org.accord.platform.events.EventTypes;
import org.accord.testing.AccordTestStack;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A draft version as large as drafting allows, thousands of clauses and some at their longest, reaches voting whole
 * while no record on the topic comes near the broker's 1 MiB limit.
 */
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class LargeDraftVersionTest {

    private static final int ONE_MIB = 1_048_576;
    private static final int SHORT_CLAUSES = 7_000;
    private static final int LONGEST_CLAUSES = 40;

    @Inject
    DataSource dataSource;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    @TestSecurity(user = "eli", roles = {"member", "editor"})
    void draftVersionAtTheSizeLimits_isPublishedRelayedAndApplied_withEveryRecordUnderOneMebibyte() throws Exception {
        String standardId = given().contentType(ContentType.JSON)
                .body(Map.of("reference", "BIG " + UUID.randomUUID().toString().substring(0, 6), "markdown",
                        largeStandard()))
                .when().post("/api/standards/import").then().statusCode(201).extract().path("id");
        String versionId = given().contentType(ContentType.JSON).when()
                .post("/api/standards/" + standardId + "/versions").then().statusCode(201).extract().path("id");
        String contentHash = given().when().get("/api/standards/" + standardId + "/versions/" + versionId).then()
                .statusCode(200).extract().path("contentHash");

        await().atMost(Duration.ofSeconds(120)).until(() -> votingsHash(versionId) != null);
        assertThat(votingsHash(versionId)).isEqualTo(contentHash);

        List<ConsumerRecord<String, String>> records = new KafkaTopics(bootstrapServers)
                .readAll(DraftingModule.NAME.topic()).stream().filter(record -> standardId.equals(record.key()))
                .toList();
        assertThat(records).hasSizeGreaterThan(SHORT_CLAUSES + LONGEST_CLAUSES);
        assertThat(records).allSatisfy(record -> assertThat(size(record)).isLessThan(ONE_MIB));
        ConsumerRecord<String, String> published = records.stream()
                .filter(record -> EventTypes.of(DraftVersionPublished.class)
                        .equals(KafkaTopics.header(record, CloudEventHeaders.TYPE)))
                .findFirst().orElseThrow();
        assertThat(KafkaTopics.header(published, CloudEventHeaders.DATAREF)).isNotNull();
    }

    /** Seven thousand short clauses, so the frozen clause list alone is over 1 MiB, and forty at the longest text. */
    private static String largeStandard() {
        StringBuilder markdown = new StringBuilder("# A standard at the size limits\n\nEverything at once.\n\n");
        for (int i = 0; i < SHORT_CLAUSES; i++) {
            markdown.append("## Clause ").append(i).append("\n\nShort.\n\n");
        }
        String longest = "Größe € ".repeat(99_000 / 8);
        for (int i = 0; i < LONGEST_CLAUSES; i++) {
            markdown.append("## Long clause ").append(i).append("\n\n").append(longest).append("\n\n");
        }
        return markdown.toString();
    }

    private static int size(ConsumerRecord<String, String> record) {
        int headers = 0;
        for (var header : record.headers()) {
            headers += header.key().getBytes(StandardCharsets.UTF_8).length + header.value().length;
        }
        return record.serializedKeySize() + record.serializedValueSize() + headers;
    }

    private String votingsHash(String versionId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection
                        .prepareStatement("select content_hash from voting.draft_version where id = ?")) {
            statement.setObject(1, UUID.fromString(versionId));
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
