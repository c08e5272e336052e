package org.sahelwatch.bench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU time of a JFR recording goes: the method-level top frames of its execution samples
 * ({@code jdk.ExecutionSample}), three ways:
 * <ul>
 *   <li><b>self</b>: the method on top of the stack (where the CPU was);</li>
 *   <li><b>project self</b>: the innermost frame of the project's own code ({@code --project}, default
 *       {@code org.sahelwatch}), so time in the JDK or a library is charged to the project method that
 *       called it;</li>
 *   <li><b>project total</b>: every project method on the stack, once per sample (inclusive time).</li>
 * </ul>
 * The benchmarks' own code ({@code org.sahelwatch.bench}) does not count as the project's.
 * {@code bench/profile/top-frames.sh RECORDING.jfr [--top 25] [--threads REGEX] [--project PREFIX]}
 */
public final class TopFrames {

    private TopFrames() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args[0].startsWith("--")) {
            System.err.println("usage: TopFrames RECORDING.jfr [--top 25] [--threads REGEX] [--project org.sahelwatch]");
            System.exit(2);
        }
        int top = 25;
        Pattern threads = null;
        String project = "org.sahelwatch";
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--top" -> top = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Pattern.compile(args[i + 1]);
                case "--project" -> project = args[i + 1];
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> projectSelf = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        int samples = 0;
        try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null
                        && ofThreads(event, threads)) {
                    samples++;
                    count(event.getStackTrace(), project, self, projectSelf, total);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d execution samples%s in %s%n", samples,
                threads == null ? "" : " of threads matching /" + threads + "/", args[0]);
        print("self (top of stack)", self, samples, top);
        print("project self (innermost " + project + " frame)", projectSelf, samples, top);
        print("project total (anywhere on the stack)", total, samples, top);
    }

    private static boolean ofThreads(RecordedEvent event, Pattern threads) {
        if (threads == null) {
            return true;
        }
        String name = event.getThread("sampledThread") == null ? null : event.getThread("sampledThread").getJavaName();
        return name != null && threads.matcher(name).find();
    }

    private static void count(RecordedStackTrace stack, String project, Map<String, Integer> self,
                              Map<String, Integer> projectSelf, Map<String, Integer> total) {
        List<RecordedFrame> frames = stack.getFrames();
        if (frames.isEmpty()) {
            return;
        }
        self.merge(name(frames.get(0)), 1, Integer::sum);
        Set<String> seen = new HashSet<>();
        boolean projectFound = false;
        for (RecordedFrame frame : frames) {
            String name = name(frame);
            boolean ours = name.startsWith(project) && !name.startsWith("org.sahelwatch.bench.");
            if (ours && seen.add(name)) {
                total.merge(name, 1, Integer::sum);
            }
            if (ours && !projectFound) {
                projectSelf.merge(name, 1, Integer::sum);
                projectFound = true;
            }
        }
        if (!projectFound) {
            projectSelf.merge("(no " + project + " frame)", 1, Integer::sum);
        }
    }

    /** Class.method; a lambda's hidden class loses its per-run suffix, so runs compare. */
    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        int lambda = type.indexOf("$$Lambda");
        return (lambda < 0 ? type : type.substring(0, lambda) + "$$Lambda") + "." + frame.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.printf(Locale.ROOT, "%n%s%n", title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf(Locale.ROOT, "%6.1f%%  %7d  %s%n", 100.0 * e.getValue() / Math.max(1, samples),
                        e.getValue(), e.getKey()));
    }
}
