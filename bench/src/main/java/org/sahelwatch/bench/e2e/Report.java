package org.sahelwatch.bench.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The harness's results as Markdown (printed, and written with {@code --results}) and JSON. */
final class Report {

    private Report() {
    }

    static String markdown(Map<String, String> context, List<StepResult> steps) {
        StringBuilder out = new StringBuilder();
        context.forEach((k, v) -> out.append("- ").append(k).append(": ").append(v).append('\n'));
        out.append("\n| step | guarantee, threads | rate/s | window s | enriched n | enriched p50 / p99 / p99.9 / max ms "
                + "| alerts n | alert p50 / p99 / p99.9 / max ms | enriched/s | app CPU cores | heap MB: peak after GC / live / max "
                + "| GC pauses (n, total ms, max ms) | machine busy cores (others) | producer late p99 ms | verdict |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (StepResult s : steps) {
            if (s.error() != null) {
                out.append(String.format(Locale.ROOT, "| %s | %s, %d | %.0f | %d | | | | | | | | | | | error: %s |%n",
                        s.purpose(), s.guarantee(), s.threads(), s.rate(), s.windowSeconds(), s.error().replace('|', '/')));
                continue;
            }
            out.append(String.format(Locale.ROOT,
                    "| %s | %s, %d | %.0f | %d | %d of %d | %s | %d | %s | %.0f | %.2f | %.0f / %.0f / %s | %d, %.0f, %.0f | %s | %.1f | %s |%n",
                    s.purpose(), s.guarantee(), s.threads(), s.rate(), s.windowSeconds(), s.enriched().count(), s.expected(),
                    percentiles(s.enriched()), s.alerts().count(), percentiles(s.alerts()), s.enrichedPerSecond(), s.appCores(),
                    s.heapPeakAfterGcMb(), s.liveHeapAfterFullGcMb(), s.appMaxHeap(), s.gcPauses(), s.gcPauseTotalMs(),
                    s.gcPauseMaxMs(), s.machineCores() < 0 ? "?" : String.format(Locale.ROOT, "%.2f (%.2f)", s.machineCores(),
                            s.otherCores()), s.producerLatenessP99Ms(), s.verdict()));
        }
        return out.toString();
    }

    private static String percentiles(StepResult.Latency l) {
        return l.count() == 0 ? "–" : String.format(Locale.ROOT, "%.0f / %.0f / %.0f / %.0f", l.p50(), l.p99(), l.p999(), l.max());
    }

    static void write(Path markdownFile, Map<String, String> context, List<StepResult> steps) throws IOException {
        Path parent = markdownFile.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(markdownFile, markdown(context, steps), StandardCharsets.UTF_8);
        String name = markdownFile.getFileName().toString().replaceFirst("\\.md$", "") + ".json";
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(parent.resolve(name).toFile(), Map.of("context", context, "steps", steps));
    }
}
