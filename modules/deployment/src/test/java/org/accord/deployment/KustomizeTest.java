package org.accord.deployment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class KustomizeTest {

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void render_eachKustomization_equalsWhatKubectlKustomizeRenders(Overlay overlay) throws Exception {
        String kubectl = kubectlKustomize(overlay.directory());

        assertThat(byIdentity(overlay.resources())).isEqualTo(byIdentity(Repository.yamlDocuments(kubectl)));
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void render_eachKustomization_namesEveryResourceOnceInTheNamespace(Overlay overlay) {
        List<ObjectNode> resources = overlay.resources();

        assertThat(resources).isNotEmpty();
        assertThat(resources.stream().map(Overlay::identity)).doesNotHaveDuplicates();
        assertThat(resources.stream().filter(resource -> !resource.at("/metadata/namespace").asString().equals("accord")
                || !resource.at("/metadata/labels/app.kubernetes.io~1part-of").asString().equals("accord"))
                .map(Overlay::identity)).isEmpty();
    }

    @Test
    void render_anUnsupportedKustomizeField_isRefused(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                namePrefix: prod-
                """);

        assertThatThrownBy(() -> Kustomize.build(directory)).isInstanceOf(UnsupportedManifestException.class)
                .hasMessageContaining("namePrefix");
    }

    @Test
    void render_aPatchOfAFieldThatIsNotThere_isRefused(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("map.yaml"), """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                data:
                  A: "1"
                """);
        Files.writeString(directory.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                  - map.yaml
                patches:
                  - target:
                      kind: ConfigMap
                    patch: |-
                      - op: replace
                        path: /data/B
                        value: "2"
                """);

        assertThatThrownBy(() -> Kustomize.build(directory)).isInstanceOf(UnsupportedManifestException.class)
                .hasMessageContaining("/data/B");
    }

    @Test
    void render_aPatchWithoutMatchingTarget_isRefused(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                patches:
                  - target:
                      kind: Deployment
                      name: acord
                    patch: |-
                      - op: replace
                        path: /spec/replicas
                        value: 2
                """);

        assertThatThrownBy(() -> Kustomize.build(directory)).isInstanceOf(UnsupportedManifestException.class)
                .hasMessageContaining("matches nothing");
    }

    private static Map<String, JsonNode> byIdentity(List<? extends JsonNode> resources) {
        Map<String, JsonNode> byIdentity = new TreeMap<>();
        resources.forEach(resource -> byIdentity.put(Overlay.identity(resource), resource));
        return byIdentity;
    }

    private static String kubectlKustomize(Path directory) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder("kubectl", "kustomize", directory.toString()).redirectErrorStream(false)
                    .start();
        } catch (IOException noKubectl) {
            assumeTrue(false, "kubectl is not on the PATH");
            throw noKubectl;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(errors).isZero();
        return output;
    }
}
