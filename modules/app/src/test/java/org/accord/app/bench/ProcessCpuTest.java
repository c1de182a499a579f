package org.accord.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Processor time read from /proc, of one process and of a server with children that come and go. */
class ProcessCpuTest {

    /** Half a million rounds of shell arithmetic: well over a tenth of a second of processor time anywhere. */
    private static final String BUSY = "i=0; while [ $i -lt 500000 ]; do i=$((i+1)); done";

    @Test
    void aProcessTime_growsWithTheWorkItDoes() {
        long pid = ProcessHandle.current().pid();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double before = ProcessCpu.seconds(pid);
        long until = threads.getCurrentThreadCpuTime() + Duration.ofMillis(300).toNanos();
        long spun = 0;
        while (threads.getCurrentThreadCpuTime() < until) {
            spun++;
        }

        assertThat(spun).isPositive();
        assertThat(ProcessCpu.seconds(pid) - before).isGreaterThan(0.25);
    }

    @Test
    void aServersTime_countsChildrenThatEndedAndChildrenThatRun() throws Exception {
        // The parent only waits; one child does the work and ends, the other does the same work and stays.
        Process server = new ProcessBuilder("bash", "-c", "(" + BUSY + "); (" + BUSY + "; sleep 60) & wait").start();
        try {
            await().atMost(Duration.ofMinutes(1)).until(() -> server.descendants()
                    .anyMatch(process -> process.info().command().orElse("").endsWith("sleep")));
            long running = server.children().findFirst().orElseThrow().pid();
            double oneChild = ProcessCpu.seconds(running);

            assertThat(oneChild).isGreaterThan(0.05);
            assertThat(ProcessCpu.seconds(server.pid())).isLessThan(oneChild / 2);
            assertThat(ProcessCpu.server(server.pid())).isGreaterThan(oneChild * 1.5);
        } finally {
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
        }
    }
}
