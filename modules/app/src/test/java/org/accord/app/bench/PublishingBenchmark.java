package org.accord.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.accord.app.publishing.ConsensusDrafts;
import org.accord.drafting.internal.app.Actor;
import org.accord.drafting.internal.app.ClauseEditing;
import org.accord.drafting.internal.app.StandardsAdministration;
import org.accord.drafting.internal.app.VersionPublishing;
import org.accord.drafting.internal.domain.ClauseKind;
import org.accord.publishing.internal.app.Bundles;
import org.accord.publishing.internal.app.DocumentAssembly;
import org.accord.publishing.internal.app.Exports;
import org.accord.publishing.internal.app.PublishingQueries;
import org.accord.publishing.internal.document.StandardDocument;
import org.accord.publishing.internal.render.ExportFormat;
import org.accord.publishing.internal.render.Renderer;
import org.accord.testing.AccordTestStack;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import static org.awaitility.Awaitility.await;

/**
 * `make bench BENCH=publishing`: versions of 1,000 and 4,000 generated clauses of every kind, taken from drafting to
 * publishing's read model by the modules' events. Each format's render against the HTML render of the same document in
 * the same run, the assembly of the document, the 4,000-clause PDF in a JVM of 512 MB of heap, and the build of a
 * consensus bundle of 1,000 clauses.
 */
@Tag("publishing")
@QuarkusTest
@QuarkusTestResource(AccordTestStack.class)
class PublishingBenchmark {

    private static final String EDITOR_NAME = "mo";
    private static final Actor EDITOR = new Actor(EDITOR_NAME, Set.of("member", "editor", "moderator"));
    private static final org.accord.publishing.internal.app.Actor LIAISON = new org.accord.publishing.internal.app.Actor(
            "lia", Set.of("member", "liaison"));
    private static final int[] SIZES = {1_000, 4_000};
    private static final int BUNDLE_CLAUSES = 1_000;
    private static final int HEAP_CHECKED_CLAUSES = 4_000;
    private static final int HEAP_MB = 512;
    private static final String SOURCE = "#11";
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @Inject
    StandardsAdministration standards;
    @Inject
    ClauseEditing editing;
    @Inject
    VersionPublishing versions;
    @Inject
    ConsensusDrafts drafts;
    @Inject
    DocumentAssembly assembly;
    @Inject
    Instance<Renderer> renderers;
    @Inject
    Exports exports;
    @Inject
    Bundles bundles;
    @Inject
    PublishingQueries publishing;
    @Inject
    DataSource dataSource;

    @Test
    @TestSecurity(user = EDITOR_NAME, roles = {"member", "editor", "moderator"})
    void everyFormat_againstTheHtmlRender_thePdfUnderA512MbHeap_andTheBundle() throws Exception {
        BenchReport report = new BenchReport("publishing", "Publishing benchmark", """
                Generated standards of about 1,000 and 4,000 clauses of every kind (sections of eight clauses, with
                subclauses, terms, notes and examples, and two annexes), each clause a paragraph of Markdown with
                emphasis, code, a link and a list, written through drafting's use cases and frozen as a version; the
                events bring the text to publishing's read model. In the test's application, no database, HTTP or
                storage in the renders. Assembly = the canonical document built from the read model, with the check
                that its words hash to the frozen content hash; each format = its renderer on the assembled document
                (the XML formats validate themselves against their schemas, the PDF embeds the STS). Ceiling: the HTML
                export's render of the same document in the same run. PDF in a JVM of -Xmx%dm = the 4,000-clause PDF
                rendered once per run in a JVM of its own (with the serial collector of `deploy/app/jvm.options`),
                from the same document; live heap = the most heap in use right after a collection during that render.
                Bundles = the first build of the consensus bundle of a %,d-clause CD 1 carried by a passed ballot, one
                version per run: from nothing (every export rendered within the build), and with every export already
                rendered and stored.
                """.formatted(HEAP_MB, BUNDLE_CLAUSES));
        Map<ExportFormat, Renderer> byFormat = new EnumMap<>(ExportFormat.class);
        renderers.forEach(renderer -> byFormat.put(renderer.format(), renderer));
        for (int size : SIZES) {
            renders(report, size, byFormat);
        }
        bundles(report);
        report.write();
    }

    private void renders(BenchReport report, int size, Map<ExportFormat, Renderer> byFormat) throws IOException,
            InterruptedException {
        UUID version = frozen(size);
        StandardDocument document = assembly.of(version);
        Trials trials = new Trials();
        for (int run : Trials.runs()) {
            trials.add("assembly", series(rounds(ExportFormat.HTML, size), () -> assembly.of(version)));
            for (ExportFormat format : byFormat.keySet()) {
                Renderer renderer = byFormat.get(format);
                trials.add(format.code(), series(rounds(format, size), () -> renderer.render(document)));
            }
        }
        String of = " (%,d clauses)".formatted(size);
        Trials.Figure html = trials.figure(ExportFormat.HTML.code());
        report.add("HTML render" + of + " (ceiling)", "ms", html);
        report.add("assembly from the read model, hash checked" + of, "ms", trials.figure("assembly"))
                .against("HTML render", html);
        for (ExportFormat format : byFormat.keySet()) {
            if (format != ExportFormat.HTML) {
                report.add(label(format) + " render" + of, "ms", trials.figure(format.code()))
                        .against("HTML render", html).goal(BenchReport.Goal.atMost("ratio", 10, SOURCE));
            }
        }
        if (size == HEAP_CHECKED_CLAUSES) {
            pdfUnderHeap(report, document);
        }
    }

    private static String label(ExportFormat format) {
        return switch (format) {
            case STS -> "NISO STS XML";
            case AKOMA_NTOSO -> "Akoma Ntoso XML";
            case MARKDOWN -> "Markdown";
            default -> format.name();
        };
    }

    /** The PDF once per run in a JVM of {@link #HEAP_MB} MB of heap, given the document as JSON. */
    private static void pdfUnderHeap(BenchReport report, StandardDocument document) throws IOException,
            InterruptedException {
        Path json = Files.createTempFile("accord-bench-document", ".json");
        Trials trials = new Trials();
        try {
            PdfUnderHeap.JSON.writeValue(json.toFile(), document);
            for (int run : Trials.runs()) {
                PdfRun pdf = renderedUnderHeap(json);
                trials.add("render", Sample.of(pdf.millis()));
                trials.add("live heap", Sample.of(pdf.liveHeapMb()));
            }
        } finally {
            Files.delete(json);
        }
        String of = " (%,d clauses)".formatted(HEAP_CHECKED_CLAUSES);
        report.add("PDF render in a JVM of -Xmx%dm%s".formatted(HEAP_MB, of), "ms", trials.figure("render"));
        report.add("live heap of that render, peak" + of, "MB", trials.figure("live heap"))
                .goal(BenchReport.Goal.atMost("value", HEAP_MB, SOURCE));
    }

    private void bundles(BenchReport report) {
        Iterator<ConsensusDrafts.Draft> fromNothing = consensusDrafts(false).iterator();
        Iterator<ConsensusDrafts.Draft> rendered = consensusDrafts(true).iterator();
        quiet();
        Trials trials = new Trials();
        for (int run : Trials.runs()) {
            UUID unrendered = fromNothing.next().versionId();
            trials.add("from nothing", Sample.of(Latencies.once(() -> bundles.build(unrendered, LIAISON))));
            UUID ready = rendered.next().versionId();
            trials.add("exports ready", Sample.of(Latencies.once(() -> bundles.build(ready, LIAISON))));
        }
        String of = " (%,d clauses)".formatted(BUNDLE_CLAUSES);
        report.add("bundle, first build from nothing" + of, "ms", trials.figure("from nothing"));
        report.add("bundle, first build with every export stored" + of, "ms", trials.figure("exports ready"));
    }

    /** A version of a new standard of about {@code size} clauses, once publishing can assemble it. */
    private UUID frozen(int size) {
        UUID standard = written(size, "PUB " + UUID.randomUUID().toString().substring(0, 8));
        UUID version = versions.publish(EDITOR, standard);
        assembled(version);
        quiet();
        return version;
    }

    /**
     * One consensus draft of {@link #BUNDLE_CLAUSES} clauses per run, warm-up included, each once publishing may bundle
     * it; with every export rendered and stored if {@code rendered}.
     */
    private List<ConsensusDrafts.Draft> consensusDrafts(boolean rendered) {
        List<ConsensusDrafts.Draft> made = new ArrayList<>();
        for (int run : Trials.runs()) {
            String reference = "PUB " + UUID.randomUUID().toString().substring(0, 8);
            UUID standard = written(BUNDLE_CLAUSES, reference);
            quiet();
            ConsensusDrafts.Draft draft = drafts.consensusDraft(standard, reference);
            assembled(draft.versionId());
            await().atMost(PATIENCE).until(() -> publishing.version(draft.versionId()).bundleRefusal() == null);
            if (rendered) {
                StandardDocument document = assembly.of(draft.versionId());
                for (ExportFormat format : ExportFormat.values()) {
                    exports.ready(document, format, LIAISON.username());
                }
            }
            made.add(draft);
        }
        return made;
    }

    private void assembled(UUID version) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> assembly.of(version) != null);
    }

    /** A new standard in working draft with about {@code size} clauses of every kind. */
    private UUID written(int size, String reference) {
        UUID standard = standards.create(EDITOR, reference, "Generated standard of " + size + " clauses",
                "Scope of a generated standard: *every* kind of clause.", List.of());
        Outline outline = Outline.generated(size);
        editing.append(EDITOR, standard, outline.clauses, outline.ids);
        return standard;
    }

    /** The clauses to append in reading order, each parent before its children. */
    private static final class Outline {

        private final List<ClauseEditing.NewClause> clauses = new ArrayList<>();
        private final List<UUID> ids = new ArrayList<>();

        /** The shape of publishing's generated sample documents: sections of eight clauses, then two annexes. */
        static Outline generated(int size) {
            Outline outline = new Outline();
            int annexClauses = 6;
            for (int section = 1; outline.ids.size() < size - annexClauses; section++) {
                UUID sectionId = outline.add(null, ClauseKind.SECTION, "Section " + section, paragraph("" + section));
                for (int c = 1; c <= 8 && outline.ids.size() < size - annexClauses; c++) {
                    String number = section + "." + c;
                    UUID clause = outline.add(sectionId, ClauseKind.CLAUSE, "Clause " + number, paragraph(number));
                    if (c % 3 == 0) {
                        outline.add(clause, ClauseKind.TERM, "term " + number, "definition of *term* " + number);
                    } else if (c % 4 == 0) {
                        outline.add(clause, ClauseKind.CLAUSE, "Subclause " + number + ".1",
                                paragraph(number + ".1"));
                    }
                    if (c % 2 == 0) {
                        outline.add(clause, ClauseKind.NOTE, "On clause " + number,
                                "A note on clause " + number + ".");
                    }
                    if (c % 5 == 0) {
                        outline.add(clause, ClauseKind.EXAMPLE, "For clause " + number,
                                "An example for clause " + number + ".");
                    }
                }
            }
            for (String letter : List.of("A", "B")) {
                UUID annex = outline.add(null, ClauseKind.ANNEX, "Annex " + letter + " heading", paragraph(letter));
                UUID clause = outline.add(annex, ClauseKind.CLAUSE, "Annex clause", paragraph(letter + ".1"));
                outline.add(clause, ClauseKind.NOTE, "In annex " + letter, "A note in annex " + letter + ".");
            }
            return outline;
        }

        private UUID add(UUID parent, ClauseKind kind, String heading, String text) {
            UUID id = UUID.randomUUID();
            clauses.add(new ClauseEditing.NewClause(parent, kind, heading, text));
            ids.add(id);
            return id;
        }

        private static String paragraph(String number) {
            return "Clause " + number + " text *shall* be read with **care**; see `item " + number
                    + "` and the [reference](https://example.org/" + number + ").\n\n- one point\n- another point";
        }
    }

    private record PdfRun(double millis, double liveHeapMb) {
    }

    /** Renders the document's PDF in a JVM of {@link #HEAP_MB} MB of heap, which must not run out of it. */
    private static PdfRun renderedUnderHeap(Path document) throws IOException, InterruptedException {
        Path log = Files.createTempFile("accord-bench-pdf", ".log");
        try {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + HEAP_MB + "m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                    "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                    PdfUnderHeap.class.getName(), document.toString()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("The PDF under " + HEAP_MB + " MB took more than 10 minutes");
            }
            List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new AssertionError("The PDF under " + HEAP_MB + " MB failed (exit " + process.exitValue()
                        + "):\n" + String.join("\n", output.subList(Math.max(0, output.size() - 30), output.size())));
            }
            return new PdfRun(figure(output, PdfUnderHeap.RENDER), figure(output, PdfUnderHeap.LIVE_HEAP));
        } finally {
            Files.delete(log);
        }
    }

    private static double figure(List<String> output, String prefix) {
        return output.stream().filter(line -> line.startsWith(prefix))
                .mapToDouble(line -> Double.parseDouble(line.substring(prefix.length()).strip())).findFirst()
                .orElseThrow(() -> new AssertionError("No \"" + prefix.strip() + "\" in " + output));
    }

    private static Sample series(int rounds, Runnable action) {
        return Sample.latencies(Latencies.each(rounds, action));
    }

    /** A PDF of 4,000 clauses takes tens of seconds: fewer renders of it keep a run within minutes. */
    private static int rounds(ExportFormat format, int size) {
        if (format == ExportFormat.PDF) {
            return size >= 4_000 ? 1 : 3;
        }
        return size >= 4_000 ? 5 : 10;
    }

    /** Waits until the set-up's events have left the outboxes, so that relaying them does not run beside a measure. */
    private void quiet() {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> unsent() == 0);
    }

    private long unsent() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select (select count(*) from drafting.outbox where"
                        + " sent_at is null) + (select count(*) from publishing.outbox where sent_at is null)"
                        + " + (select count(*) from voting.outbox where sent_at is null)")) {
            result.next();
            return result.getLong(1);
        }
    }
}
