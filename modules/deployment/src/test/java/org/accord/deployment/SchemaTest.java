package org.accord.deployment;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.fabric8.kubernetes.api.model.apps.Deployment;

import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaTest {

    private final CrdSchemas crds = CrdSchemas.vendored();

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyResource_isACoreKindOrAVendoredCustomResource_andValidates(Overlay overlay) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode resource : overlay.resources()) {
            String identity = Overlay.identity(resource);
            if (CoreModel.knows(resource)) {
                try {
                    CoreModel.read(resource);
                } catch (RuntimeException e) {
                    problems.add(identity + ": " + e.getMessage());
                }
            } else if (!crds.knows(resource)) {
                problems.add(identity + ": neither a core kind nor a vendored custom resource");
            } else {
                crds.validate(resource).forEach(error -> problems.add(identity + ": " + error));
            }
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void everyOperatorKind_isChecked() {
        assertThat(Overlay.PROD.resources().stream().map(resource -> resource.path("kind").asString()).distinct())
                .contains("Kafka", "KafkaNodePool", "KafkaTopic", "Cluster", "ScheduledBackup", "Keycloak",
                        "KeycloakRealmImport", "ServiceMonitor", "PodMonitor", "PrometheusRule");
    }

    @Test
    void aMisspeltFieldOfACustomResource_isRefused() {
        ObjectNode cluster = Overlay.BASE.one("Cluster", "accord-db").deepCopy();
        ((ObjectNode) cluster.get("spec")).put("instance", 3);

        assertThat(crds.validate(cluster)).anySatisfy(error -> assertThat(error.toString()).contains("instance"));
    }

    @Test
    void aMisspeltFieldDeepInACustomResource_isRefused() {
        ObjectNode topic = Overlay.BASE.one("KafkaTopic", "accord-voting-v1").deepCopy();
        ((ObjectNode) topic.get("spec")).put("replica", 3);
        ObjectNode keycloak = Overlay.BASE.one("Keycloak", "accord-keycloak").deepCopy();
        ((ObjectNode) keycloak.at("/spec/db")).put("passwordSecrets", "x");

        assertThat(crds.validate(topic)).isNotEmpty();
        assertThat(crds.validate(keycloak)).isNotEmpty();
    }

    @Test
    void aFieldTheOperatorLeavesOpen_isAccepted() {
        ObjectNode kafka = Overlay.BASE.one("Kafka", "accord-kafka").deepCopy();
        ((ObjectNode) kafka.at("/spec/kafka/config")).put("log.cleaner.threads", 2);

        assertThat(crds.validate(kafka)).isEmpty();
    }

    @Test
    void aWrongTypeInACustomResource_isRefused() {
        ObjectNode pool = Overlay.BASE.one("KafkaNodePool", "broker").deepCopy();
        ((ObjectNode) pool.get("spec")).put("replicas", "three");

        assertThat(crds.validate(pool)).isNotEmpty();
    }

    @Test
    void aMisspeltFieldOfACoreKind_isRefused() {
        ObjectNode deployment = Overlay.BASE.one("Deployment", "accord").deepCopy();
        ((ObjectNode) deployment.at("/spec/template/spec/containers/0")).put("livenesProbe", "x");

        assertThatThrownBy(() -> CoreModel.read(deployment)).hasMessageContaining("livenesProbe");
        assertThat(CoreModel.read(Overlay.BASE.one("Deployment", "accord"))).isInstanceOf(Deployment.class);
    }
}
