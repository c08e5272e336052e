package org.sahelwatch.bench.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application's heap, read from its GC log ({@code -Xlog:gc:file=…:uptime}): every pause with the
 * heap used before and after it. "Used after GC" is the heap still in use right after a collection:
 * after a young pause it includes old garbage not yet collected, after the full GC the harness asks
 * for at the end ({@code jcmd PID GC.run}) it is the live set.
 */
record GcLog(List<Pause> pauses) {

    /** One pause: JVM uptime at its start (s), its kind, heap used before and after, heap size (MB), length (ms). */
    record Pause(double uptimeSeconds, String kind, double beforeMb, double afterMb, double heapMb, double millis) {
    }

    private static final Pattern PAUSE = Pattern.compile(
            "^\\[(\\d+\\.\\d+)s].*GC\\(\\d+\\) (Pause .*?) (\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\) (\\d+\\.\\d+)ms");

    static GcLog read(Path file) {
        List<Pause> pauses = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Matcher m = PAUSE.matcher(line);
                if (m.find()) {
                    pauses.add(new Pause(Double.parseDouble(m.group(1)), m.group(2).strip(),
                            mb(m.group(3), m.group(4)), mb(m.group(5), m.group(6)), mb(m.group(7), m.group(8)),
                            Double.parseDouble(m.group(9))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the application's GC log " + file, e);
        }
        return new GcLog(pauses);
    }

    private static double mb(String value, String unit) {
        double v = Double.parseDouble(value);
        return switch (unit) {
            case "K" -> v / 1024;
            case "G" -> v * 1024;
            default -> v;
        };
    }

    /** The pauses that started within [from, to) seconds of JVM uptime. */
    List<Pause> between(double from, double to) {
        return pauses.stream().filter(p -> p.uptimeSeconds() >= from && p.uptimeSeconds() < to).toList();
    }

    /** Heap used after the last full GC (the live set when the harness asked for one), or -1. */
    double lastFullGcAfterMb() {
        for (int i = pauses.size() - 1; i >= 0; i--) {
            if (pauses.get(i).kind().startsWith("Pause Full")) {
                return pauses.get(i).afterMb();
            }
        }
        return -1;
    }
}
