package org.accord.deployment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyTest {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(ACCORD_[A-Z0-9_]+)(?::([^}$]*))?");
    private static final String SECRETS = "accord.secrets.";

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void noSecretValue_isInAnyManifest(Overlay overlay) {
        assertThat(overlay.ofKind("Secret")).allSatisfy(secret -> {
            assertThat(secret.has("data")).as(Overlay.identity(secret)).isFalse();
            assertThat(secret.has("stringData")).as(Overlay.identity(secret)).isFalse();
        });
        assertThat(containers(overlay)).allSatisfy(container -> container.path("env").forEach(variable -> assertThat(
                secretVariables().contains(variable.path("name").asString()) && variable.has("value"))
                .as(variable.toString()).isFalse()));
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyContainer_runsAsNonRootOnAReadOnlyRoot_withinLimits(Overlay overlay) {
        assertThat(podSpecs(overlay)).isNotEmpty().allSatisfy(pod -> {
            boolean podNonRoot = pod.at("/securityContext/runAsNonRoot").asBoolean(false);
            assertThat(pod.at("/securityContext/runAsUser").asInt(0)).isPositive();
            assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
            for (JsonNode container : containersOf(pod)) {
                String name = container.path("name").asString();
                assertThat(podNonRoot || container.at("/securityContext/runAsNonRoot").asBoolean(false)).as(name)
                        .isTrue();
                assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean(false)).as(name).isTrue();
                assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).as(name)
                        .isFalse();
                assertThat(container.at("/securityContext/capabilities/drop").toString()).as(name).contains("ALL");
                for (String resource : List.of("cpu", "memory")) {
                    assertThat(container.at("/resources/limits/" + resource).isMissingNode()).as(name).isFalse();
                    assertThat(container.at("/resources/requests/" + resource).isMissingNode()).as(name).isFalse();
                }
                assertThat(emptyDirMountedAt(pod, container, "/tmp")).as(name + " writes to /tmp").isTrue();
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyVariableTheProductionProfileNeeds_isProvided_secretsFromSecrets(Overlay overlay) {
        ObjectNode deployment = overlay.one("Deployment", "accord");
        JsonNode pod = deployment.at("/spec/template/spec");
        JsonNode container = containerNamed(pod, "accord");
        Map<String, String> fromConfigMaps = new HashMap<>();
        container.path("envFrom").forEach(source -> fromConfigMaps.putAll(
                configMapData(overlay, source.at("/configMapRef/name").asString())));
        Map<String, JsonNode> fromEnv = new TreeMap<>();
        container.path("env").forEach(variable -> fromEnv.put(variable.path("name").asString(), variable));

        for (String variable : requiredVariables()) {
            JsonNode explicit = fromEnv.get(variable);
            boolean fromSecret = explicit != null && explicit.at("/valueFrom/secretKeyRef/name").isString();
            boolean fromConfig = fromConfigMaps.containsKey(variable)
                    || explicit != null && explicit.at("/valueFrom/configMapKeyRef/name").isString();
            assertThat(fromSecret || fromConfig).as(variable + " is provided").isTrue();
            if (secretVariables().contains(variable) && !fromSecret) {
                assertThat(secretMountPaths(pod, container))
                        .as(variable + " is a secret, or a file in a mounted secret")
                        .anySatisfy(mount -> assertThat(fromConfigMaps.get(variable)).startsWith(mount + "/"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void probes_askTheManagementPort_atTheHealthEndpoints(Overlay overlay) {
        JsonNode container = containerNamed(overlay.one("Deployment", "accord").at("/spec/template/spec"), "accord");
        Map<String, String> config = configMapData(overlay, "accord-config");
        int managementPort = Integer.parseInt(config.get("ACCORD_MANAGEMENT_PORT"));
        int httpPort = Integer.parseInt(config.get("ACCORD_HTTP_PORT"));
        Map<String, Integer> ports = new HashMap<>();
        container.path("ports").forEach(port -> ports.put(port.path("name").asString(),
                port.path("containerPort").asInt()));

        assertThat(ports).containsEntry("management", managementPort).containsEntry("http", httpPort);
        Map<String, String> paths = Map.of("startupProbe", "/q/health/started", "readinessProbe",
                "/q/health/ready", "livenessProbe", "/q/health/live");
        paths.forEach((probe, path) -> {
            JsonNode get = container.path(probe).path("httpGet");
            assertThat(get.path("path").asString()).as(probe).isEqualTo(path);
            assertThat(get.path("port").isInt() ? get.path("port").asInt() : ports.get(get.path("port").asString()))
                    .as(probe).isEqualTo(managementPort);
        });
        assertThat(overlay.one("ServiceMonitor", "accord").at("/spec/endpoints/0/port").asString())
                .isEqualTo("management");
        assertThat(overlay.one("Ingress", "accord").at("/spec/rules/0/http/paths/0/backend/service/port/name")
                .asString()).isEqualTo("http");
        Set<Integer> admitted = new TreeSet<>();
        overlay.one("NetworkPolicy", "accord").at("/spec/ingress").forEach(rule -> rule.path("ports").forEach(
                port -> admitted.add(port.path("port").asInt())));
        assertThat(admitted).containsExactlyInAnyOrder(httpPort, managementPort);
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void realmImport_isTheProductionRealm_withThisDeploymentsAddress(Overlay overlay) {
        ObjectNode imported = (ObjectNode) overlay.one("KeycloakRealmImport", "accord-realm").at("/spec/realm")
                .deepCopy();
        ObjectNode production = (ObjectNode) Repository.json(Repository.path("deploy/keycloak/accord-realm.json"));
        JsonNode redirects = webClient(imported).path("redirectUris");
        String host = overlay.one("Ingress", "accord").at("/spec/rules/0/host").asString();

        if (overlay != Overlay.BASE) {
            assertThat(redirects.toString()).isEqualTo("[\"https://" + host + "/*\"]");
            webClient(imported).set("redirectUris", webClient(production).path("redirectUris").deepCopy());
        }
        assertThat(imported).isEqualTo(production);
        assertThat(imported.path("clients").findValuesAsString("clientId")).doesNotContain("accord-cli");
        assertThat(imported.path("clients").findValues("secret")).isEmpty();
        assertThat(imported.path("users")).allSatisfy(
                user -> assertThat(user.path("serviceAccountClientId").isString()).as(user.toString()).isTrue());
        assertThat(imported.path("sslRequired").asString()).isNotEqualTo("none");
    }

    /**
     * The variables production must set: those a property reads with no default, or with a default that only the local
     * machine answers; and the secrets RequiredSecrets checks at start-up. The demo's own settings stay unset.
     */
    static Set<String> requiredVariables() {
        Set<String> required = new TreeSet<>(secretVariables());
        for (ApplicationSources.Property property : ApplicationSources.configuration()) {
            Matcher matcher = VARIABLE.matcher(property.value());
            while (matcher.find()) {
                String variable = matcher.group(1);
                String fallback = matcher.group(2) == null ? "" : matcher.group(2);
                boolean onlyLocal = fallback.isEmpty() || fallback.contains("localhost")
                        || fallback.contains("127.0.0.1");
                if (onlyLocal && !variable.startsWith("ACCORD_DEMO")) {
                    required.add(variable);
                }
            }
        }
        return required;
    }

    static Set<String> secretVariables() {
        Set<String> secrets = new TreeSet<>();
        ApplicationSources.configuration().stream().filter(property -> property.name().startsWith(SECRETS))
                .forEach(property -> secrets.add(property.name().substring(SECRETS.length())));
        return secrets;
    }

    private static Map<String, String> configMapData(Overlay overlay, String name) {
        Map<String, String> data = new TreeMap<>();
        overlay.one("ConfigMap", name).path("data").properties()
                .forEach(entry -> data.put(entry.getKey(), entry.getValue().asString()));
        return data;
    }

    private static List<JsonNode> podSpecs(Overlay overlay) {
        return overlay.resources().stream().map(resource -> resource.at("/spec/template/spec"))
                .filter(JsonNode::isObject).toList();
    }

    private static List<JsonNode> containers(Overlay overlay) {
        return podSpecs(overlay).stream().flatMap(pod -> containersOf(pod).stream()).toList();
    }

    private static List<JsonNode> containersOf(JsonNode pod) {
        List<JsonNode> containers = new java.util.ArrayList<>();
        pod.path("initContainers").forEach(containers::add);
        pod.path("containers").forEach(containers::add);
        return containers;
    }

    private static JsonNode containerNamed(JsonNode pod, String name) {
        return containersOf(pod).stream().filter(container -> name.equals(container.path("name").asString()))
                .findFirst().orElseThrow();
    }

    private static boolean emptyDirMountedAt(JsonNode pod, JsonNode container, String path) {
        Set<String> emptyDirs = new TreeSet<>();
        pod.path("volumes").forEach(volume -> {
            if (volume.has("emptyDir")) {
                emptyDirs.add(volume.path("name").asString());
            }
        });
        for (JsonNode mount : container.path("volumeMounts")) {
            if (path.equals(mount.path("mountPath").asString()) && emptyDirs.contains(mount.path("name").asString())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> secretMountPaths(JsonNode pod, JsonNode container) {
        Set<String> secretVolumes = new TreeSet<>();
        pod.path("volumes").forEach(volume -> {
            if (volume.has("secret")) {
                secretVolumes.add(volume.path("name").asString());
            }
        });
        List<String> paths = new java.util.ArrayList<>();
        container.path("volumeMounts").forEach(mount -> {
            if (secretVolumes.contains(mount.path("name").asString())) {
                paths.add(mount.path("mountPath").asString());
            }
        });
        return paths;
    }

    private static ObjectNode webClient(ObjectNode realm) {
        for (JsonNode client : (ArrayNode) realm.path("clients")) {
            if ("accord-web".equals(client.path("clientId").asString())) {
                return (ObjectNode) client;
            }
        }
        throw new AssertionError("The realm has no client accord-web");
    }
}
