package org.accord.publishing.internal.app;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.accord.platform.errors.RuleViolation;
import org.accord.platform.i18n.Text;
import org.accord.platform.outbox.Outbox;
import org.accord.publishing.api.PublishingModule;
import org.accord.publishing.api.events.ExportGenerated;
import org.accord.publishing.internal.document.FileNames;
import org.accord.publishing.internal.document.Sha256;
import org.accord.publishing.internal.document.StandardDocument;
import org.accord.publishing.internal.persistence.ExportRows;
import org.accord.publishing.internal.persistence.ExportRows.ExportState;
import org.accord.publishing.internal.persistence.ReadModelRows;
import org.accord.publishing.internal.render.ExportFormat;
import org.accord.publishing.internal.render.Renderer;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Each format of a version is rendered once, on first demand, and served from storage afterwards: versions never
 * change. Whoever claims the row renders it, in the background for a page or at once for a bundle; a rendering whose
 * process died is taken over after the lease. An export that fails (an XML export is checked against its schema as it
 * is rendered) is recorded as failed and never served.
 */
@ApplicationScoped
public class Exports {

    private static final Logger LOG = Logger.getLogger(Exports.class);
    static final Duration LEASE = Duration.ofMinutes(10);
    private static final Duration WAIT_STEP = Duration.ofMillis(250);

    /** A stored export with its bytes. */
    public record StoredFile(ExportState state, String fileName, String mediaType, byte[] content) {
    }

    private final Map<ExportFormat, Renderer> renderers = new EnumMap<>(ExportFormat.class);
    private final DocumentAssembly assembly;
    private final ExportRows exports;
    private final ReadModelRows readModel;
    private final Outbox outbox;
    // One rendering at a time in the background bounds the memory exports take.
    private final ExecutorService background = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("accord-export").daemon(true).factory());

    Exports(Instance<Renderer> renderers, DocumentAssembly assembly, ExportRows exports,
            ReadModelRows readModel, Outbox outbox) {
        renderers.forEach(renderer -> this.renderers.put(renderer.format(), renderer));
        this.assembly = assembly;
        this.exports = exports;
        this.readModel = readModel;
        this.outbox = outbox;
    }

    /**
     * The export's state; when nobody has rendered it yet, rendering starts in the background. A failed rendering is
     * tried again only when {@code retryFailed}: a failure is shown until someone asks again on purpose.
     */
    public ExportState request(UUID versionId, ExportFormat format, String by, boolean retryFailed) {
        Claim claim = claim(versionId, format, by, retryFailed);
        if (claim.mine()) {
            background.submit(() -> renderQuietly(claim.state(), format, by));
        }
        return claim.state();
    }

    /**
     * The stored export of an assembled document, rendered now in this thread if need be, or once another renderer has
     * finished.
     */
    public StoredFile ready(StandardDocument document, ExportFormat format, String by) {
        UUID versionId = document.versionId();
        Instant giveUp = Instant.now().plus(LEASE);
        while (true) {
            Claim claim = claim(versionId, format, by, true);
            if (claim.mine()) {
                render(claim.state(), format, by, () -> document);
            }
            Optional<StoredFile> file = file(versionId, format);
            if (file.isPresent()) {
                return file.get();
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new RuleViolation(RuleViolation.Kind.UNAVAILABLE, "format",
                        Text.of("publishing.still_rendering", format.code()));
            }
            pause();
        }
    }

    public Optional<ExportState> state(UUID versionId, ExportFormat format) {
        return QuarkusTransaction.requiringNew().call(() -> exports.state(versionId, format.name()));
    }

    public Optional<StoredFile> file(UUID versionId, ExportFormat format) {
        return QuarkusTransaction.requiringNew().call(() -> exports.state(versionId, format.name())
                .filter(state -> "READY".equals(state.status()))
                .flatMap(state -> exports.content(state.id()).map(content -> new StoredFile(state,
                        fileName(versionId, format), format.mediaType(), content))));
    }

    /** "TAWG-1-CD-2.pdf": the reference and label, safe in any file system. */
    public String fileName(UUID versionId, ExportFormat format) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            ReadModelRows.Version version = readModel.version(versionId).orElseThrow();
            String reference = readModel.standard(version.standardId()).orElseThrow().reference();
            return FileNames.of(reference + " " + version.label()) + "." + format.extension();
        });
    }

    private record Claim(ExportState state, boolean mine) {
    }

    private Claim claim(UUID versionId, ExportFormat format, String by, boolean retryFailed) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (readModel.version(versionId).isEmpty()) {
                throw Refusals.unknownVersion(versionId);
            }
            Instant now = now();
            boolean mine = exports.claim(UUID.randomUUID(), versionId, format.name(), by, now);
            ExportState state = exports.state(versionId, format.name()).orElseThrow();
            if (!mine && exports.reclaim(state.id(), by, now, LEASE, retryFailed)) {
                mine = true;
                state = exports.state(versionId, format.name()).orElseThrow();
            }
            return new Claim(state, mine);
        });
    }

    private void renderQuietly(ExportState claimed, ExportFormat format, String by) {
        try {
            render(claimed, format, by, () -> assembly.of(claimed.versionId()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Rendering %s of version %s failed", format, claimed.versionId());
        }
    }

    private void render(ExportState claimed, ExportFormat format, String by, Supplier<StandardDocument> source) {
        byte[] content;
        StandardDocument document;
        try {
            document = source.get();
            content = renderers.get(format).render(document);
        } catch (RuntimeException e) {
            ExportFailure failure = ExportFailure.of(e);
            QuarkusTransaction.requiringNew().run(() -> exports.fail(claimed.id(), claimed.startedAt(),
                    failure.code().name(), failure.parameters(), now()));
            throw notRendered(format, failure);
        }
        String sha256 = Sha256.hex(content);
        QuarkusTransaction.requiringNew().run(() -> {
            if (exports.store(claimed.id(), claimed.startedAt(), content, sha256, now())) {
                outbox.append(PublishingModule.NAME, new ExportGenerated(claimed.id().toString(),
                        document.standardId().toString(), document.versionId().toString(), document.versionLabel(),
                        format.code(), sha256, content.length, document.contentHash(), by, now()));
            }
        });
    }

    /** The refusal to serve an export whose rendering failed, saying why. */
    public static RuleViolation notRendered(ExportFormat format, ExportFailure failure) {
        return RuleViolation.conflict("format", Text.of("publishing.not_rendered", format.code(), failure.text()));
    }

    /** Postgres keeps microseconds; a time compared with a stored one must not carry more. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static void pause() {
        try {
            Thread.sleep(WAIT_STEP);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RuleViolation.unavailable(Text.of("publishing.rendering_interrupted"));
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
