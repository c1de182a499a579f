package org.accord.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import org.accord.publishing.internal.document.StandardDocument;
import org.accord.publishing.internal.render.PdfDocument;
import org.accord.publishing.internal.render.StsXml;
import org.accord.publishing.internal.render.XmlSchemas;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Renders a version's PDF in a JVM of its own, started by the publishing benchmark with a bounded heap, and prints the
 * render's time and the most heap the render kept live: the peak of the heap in use right after a collection. The
 * document comes as the JSON the benchmark wrote of the one it assembled.
 */
final class PdfUnderHeap {

    static final String RENDER = "pdf-render-ms ";
    static final String LIVE_HEAP = "live-heap-peak-mb ";
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private PdfUnderHeap() {
    }

    public static void main(String[] args) throws IOException {
        StandardDocument document = JSON.readValue(Path.of(args[0]).toFile(), StandardDocument.class);
        AtomicLong liveHeapPeak = liveHeapPeak();
        PdfDocument pdf = new PdfDocument(new StsXml(new XmlSchemas()));
        double millis = Latencies.once(() -> pdf.render(document));
        System.out.println(RENDER + millis);
        System.out.println(LIVE_HEAP + liveHeapPeak.get() / (1024.0 * 1024.0));
    }

    /** @return the peak, over the collections from now on, of the heap in use after each */
    private static AtomicLong liveHeapPeak() {
        List<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).toList();
        AtomicLong peak = new AtomicLong();
        ManagementFactory.getGarbageCollectorMXBeans().forEach(collector -> ((NotificationEmitter) collector)
                .addNotificationListener((notification, handback) -> {
                    Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo
                            .from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageAfterGc();
                    long used = heapPools.stream().mapToLong(pool -> after.get(pool).getUsed()).sum();
                    peak.accumulateAndGet(used, Math::max);
                }, notification -> GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                        .equals(notification.getType()), null));
        return peak;
    }
}
