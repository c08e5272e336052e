package org.sahelwatch.bench.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * What one step measured: one application (fresh state, fresh topics) at one fixed rate.
 * Latencies are in ms, CPU in cores (CPU time / wall time over the window), heap in MB.
 */
record StepResult(String purpose, String guarantee, int threads, double rate, int windowSeconds,
                  long expected, Latency enriched, Latency alerts, double enrichedPerSecond, double alertsPerSecond,
                  double producerLatenessP99Ms, double producerLatenessMaxMs, long producerFailures,
                  double appCores, double brokerCores, double harnessCores, double machineCores,
                  String appMaxHeap, double heapPeakAfterGcMb, double liveHeapAfterFullGcMb,
                  int gcPauses, double gcPauseTotalMs, double gcPauseMaxMs, boolean sustained, String verdict,
                  String error) {

    /** Percentiles of a latency histogram recorded in µs, in ms. */
    record Latency(long count, double p50, double p90, double p99, double p999, double max) {

        static Latency of(Histogram h) {
            return new Latency(h.getTotalCount(), ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(90)),
                    ms(h.getValueAtPercentile(99)), ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()));
        }

        static final Latency NONE = new Latency(0, 0, 0, 0, 0, 0);

        private static double ms(long micros) {
            return micros / 1000.0;
        }
    }

    static StepResult failed(String purpose, String guarantee, int threads, double rate, int windowSeconds, String error) {
        return new StepResult(purpose, guarantee, threads, rate, windowSeconds, 0, Latency.NONE, Latency.NONE, 0, 0, 0, 0,
                0, 0, 0, 0, 0, "", 0, 0, 0, 0, 0, false, "error", error);
    }

    /** Sustained: every article of the window enriched, the producer on time, and both p99s within the bound. */
    static String verdict(long expected, Latency enriched, Latency alerts, double latenessP99Ms, long failures,
                          double maxP99Ms) {
        List<String> reasons = new ArrayList<>();
        if (failures > 0) {
            reasons.add(failures + " sends failed");
        }
        if (enriched.count() < expected) {
            reasons.add(String.format(Locale.ROOT, "%d of %d articles enriched in time", enriched.count(), expected));
        }
        if (latenessP99Ms > 100) {
            reasons.add(String.format(Locale.ROOT, "producer late (p99 %.0f ms): the harness could not keep the rate", latenessP99Ms));
        }
        if (enriched.p99() > maxP99Ms) {
            reasons.add(String.format(Locale.ROOT, "enriched p99 %.0f ms > %.0f", enriched.p99(), maxP99Ms));
        }
        if (alerts.p99() > maxP99Ms) {
            reasons.add(String.format(Locale.ROOT, "alert p99 %.0f ms > %.0f", alerts.p99(), maxP99Ms));
        }
        return reasons.isEmpty() ? "sustained" : "not sustained: " + String.join("; ", reasons);
    }

    double otherCores() {
        return machineCores < 0 ? -1 : Math.max(0, machineCores - appCores - Math.max(0, brokerCores) - harnessCores);
    }
}
