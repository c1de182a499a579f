package org.accord.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class MonitoringTest {

    /**
     * What Quarkus and Micrometer export that the alerts and the dashboard read: the server's request timer, the JVM's
     * memory and CPU, and the scheduler's timer of every scheduled method (quarkus.scheduler.metrics.enabled). The
     * application's OperationsTest finds each of them in /q/metrics of a running application.
     */
    private static final Set<String> FRAMEWORK_METRICS = Set.of("http_server_requests_seconds_count",
            "http_server_requests_seconds_sum", "http_server_requests_seconds_max", "jvm_memory_used_bytes",
            "jvm_memory_max_bytes", "process_cpu_usage", "scheduled_methods_seconds_count");
    private static final Set<String> ALERTS = Set.of("AccordOutboxLagging", "AccordOutboxParked", "AccordDeadLetters",
            "AccordConsumerLagging", "AccordServerErrors", "AccordBallotClockStalled");
    private static final Pattern METER = Pattern.compile(
            "(Gauge|Counter)\\.builder\\(\"([a-z0-9.]+)\"(.*?)\\.register\\(", Pattern.DOTALL);
    private static final Pattern BASE_UNIT = Pattern.compile("\\.baseUnit\\(\"([a-z]+)\"\\)");
    private static final Pattern BRACES = Pattern.compile("\\{[^}]*}");
    private static final Pattern GROUPING = Pattern
            .compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(?![a-zA-Z0-9_:]*\\s*\\()");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset");

    @Test
    void everyAlert_isThere_andReadsOnlyExportedMetrics() {
        List<String> alerts = new ArrayList<>();
        List<String> expressions = new ArrayList<>();
        Overlay.BASE.one("PrometheusRule", "accord").at("/spec/groups").forEach(group -> group.path("rules")
                .forEach(rule -> {
                    alerts.add(rule.path("alert").asString());
                    expressions.add(rule.path("expr").asString());
                }));

        assertThat(alerts).containsExactlyInAnyOrderElementsOf(ALERTS);
        assertThat(expressions).allSatisfy(expression -> assertThat(metricsIn(expression)).as(expression)
                .isNotEmpty().isSubsetOf(exportedMetrics()));
    }

    @Test
    void dashboard_isJsonWhosePanelsReadOnlyExportedMetrics_andEverythingTheAlertsRead() {
        JsonNode dashboard = Repository.json(Repository.path("deploy/grafana/accord-dashboard.json"));
        Set<String> shown = new TreeSet<>();

        assertThat(dashboard.path("panels")).isNotEmpty().allSatisfy(panel -> {
            assertThat(panel.path("targets")).as(panel.path("title").asString()).isNotEmpty();
            panel.path("targets").forEach(target -> {
                Set<String> metrics = metricsIn(target.path("expr").asString());
                assertThat(metrics).as(target.toString()).isNotEmpty().isSubsetOf(exportedMetrics());
                shown.addAll(metrics);
            });
        });
        Set<String> alerted = new TreeSet<>();
        Overlay.BASE.one("PrometheusRule", "accord").at("/spec/groups").forEach(group -> group.path("rules")
                .forEach(rule -> alerted.addAll(metricsIn(rule.path("expr").asString()))));
        assertThat(shown).containsAll(alerted).contains("jvm_memory_used_bytes", "http_server_requests_seconds_sum");
    }

    @Test
    void ballotClockAlert_namesTheScheduledMethodThatOpensAndClosesBallots() {
        String expression = Overlay.BASE.one("PrometheusRule", "accord").at("/spec/groups/0/rules").valueStream()
                .filter(rule -> rule.path("alert").asString().equals("AccordBallotClockStalled")).findFirst()
                .orElseThrow().path("expr").asString();
        Matcher selector = Pattern.compile("class=\"([\\w.]+)\\.(\\w+)\", method=\"(\\w+)\"").matcher(expression);

        assertThat(selector.find()).isTrue();
        assertThat(ApplicationSources.javaSources()).anySatisfy(source -> {
            assertThat(source).contains("package " + selector.group(1) + ";", "class " + selector.group(2) + " ");
            assertThat(source).containsPattern("@Scheduled\\([^)]*\\)\\s+public void " + selector.group(3) + "\\(");
        });
        assertThat(ApplicationSources.value("quarkus.scheduler.metrics.enabled")).isEqualTo("true");
    }

    @Test
    void metricsIn_findsTheMetricNamesOfAnExpression_notItsFunctionsOrLabels() {
        assertThat(metricsIn("sum by (module, event_type) (rate(a_b_total{status=~\"5..\"}[5m])) / "
                + "max(c_seconds) > 0 or absent(d_count{class=\"x\"})"))
                .containsExactlyInAnyOrder("a_b_total", "c_seconds", "d_count");
    }

    /** Accord's own meters as Prometheus names them, and the framework's the monitoring reads. */
    static Set<String> exportedMetrics() {
        Set<String> metrics = new TreeSet<>(FRAMEWORK_METRICS);
        for (String source : ApplicationSources.javaSources()) {
            Matcher meter = METER.matcher(source);
            while (meter.find()) {
                String name = meter.group(2).replace('.', '_');
                Matcher unit = BASE_UNIT.matcher(meter.group(3));
                if (unit.find() && !name.endsWith("_" + unit.group(1))) {
                    name += "_" + unit.group(1);
                }
                metrics.add(meter.group(1).equals("Counter") ? name + "_total" : name);
            }
        }
        return metrics;
    }

    static Set<String> metricsIn(String expression) {
        String bare = GROUPING.matcher(BRACES.matcher(expression.replaceAll("\\[[^]]*]", "")).replaceAll(""))
                .replaceAll("");
        Set<String> metrics = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            String token = identifier.group();
            if (!KEYWORDS.contains(token)) {
                metrics.add(token);
            }
        }
        return metrics;
    }
}
