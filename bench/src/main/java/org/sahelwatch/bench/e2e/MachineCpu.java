package org.sahelwatch.bench.e2e;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU of the whole machine (Linux {@code /proc/stat}) and of this harness's own JVM, so that each
 * result says how busy the machine was besides the broker, the application and the harness: the
 * figures of a contended run are not the machine's capacity.
 */
final class MachineCpu {

    /** A reading: machine busy and total jiffies, this JVM's CPU nanos. */
    record Reading(long busyJiffies, long totalJiffies, long harnessCpuNanos, long wallNanos) {
    }

    private MachineCpu() {
    }

    static Reading read() {
        long busy = -1;
        long total = -1;
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            busy = total - Long.parseLong(f[4]) - Long.parseLong(f[5]); // minus idle and iowait
        } catch (IOException | RuntimeException e) {
            // not Linux: machine-wide figures are left out
        }
        long harness = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new Reading(busy, total, harness, System.nanoTime());
    }

    /** Cores the whole machine kept busy between two readings, or -1 when unknown. */
    static double machineCores(Reading from, Reading to) {
        if (from.totalJiffies() < 0 || to.totalJiffies() <= from.totalJiffies()) {
            return -1;
        }
        return (double) (to.busyJiffies() - from.busyJiffies()) / (to.totalJiffies() - from.totalJiffies())
                * Runtime.getRuntime().availableProcessors();
    }

    static double harnessCores(Reading from, Reading to) {
        return (double) (to.harnessCpuNanos() - from.harnessCpuNanos()) / (to.wallNanos() - from.wallNanos());
    }
}
