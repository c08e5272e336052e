package org.sahelwatch.bench.e2e;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The harness's command line (bench/README.md lists every option with its default). */
record Options(List<Integer> rates, List<String> guarantees, List<Integer> threads, int durationSeconds,
               int warmupSeconds, boolean findMax, int searchStart, double searchFactor, int searchSteps,
               int searchDurationSeconds, int bisectSteps, double maxP99Millis, int drainSeconds, int partitions,
               String appHeap, List<String> appJvmArgs, boolean jfr, String bootstrapServers, Path work,
               Path results, String label, boolean keep, List<String> appSettings) {

    private static final Set<String> FLAGS = Set.of("--find-max", "--jfr", "--keep", "--help");

    static final String USAGE = """
            usage: java -cp bench/target/benchmarks.jar org.sahelwatch.bench.e2e.EndToEnd [options]
              --rates 100,500,1000            fixed rates to measure, articles/s (empty: none)
              --guarantees exactly_once_v2    processing guarantees (comma list; at_least_once too)
              --threads 1                     num.stream.threads values (comma list)
              --duration 60                   measurement window per rate, s
              --warmup 30                     warm-up at the same rate before each window, s
              --find-max                      also search the maximum sustained rate
              --search-start 1000 --search-factor 1.5 --search-steps 6 --search-duration 30 --bisect 2
              --max-p99-ms 1000               sustained = all articles enriched, producer on time, and
                                              p99 (enriched and alerts) at most this
              --drain 30                      wait at most this long for the window's articles after it, s
              --partitions 3                  topic.partitions of the application's topics
              --app-heap 512m                 the application's -Xmx
              --app-jvm-arg ARG               an extra JVM argument for the application (repeatable)
              --set KEY=VALUE                 an extra application setting (repeatable), as sahelwatch run --set
              --jfr                           record the application with JFR (profile settings) in each window
              --bootstrap-servers HOST:PORT   use this broker instead of starting one
              --work DIR                      logs, GC logs, JFR files, state (default bench/target/e2e-TIMESTAMP)
              --results FILE.md               also write the results there (and FILE.json)
              --label TEXT                    a note printed with the results (e.g. "smoke, machine loaded")
              --keep                          keep broker data and state stores afterwards
            """;

    static Options parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        List<String> jvmArgs = new ArrayList<>();
        List<String> settings = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String key = args[i];
            if (FLAGS.contains(key)) {
                values.put(key, "true");
                continue;
            }
            if (!key.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("unexpected argument '" + key + "'\n" + USAGE);
            }
            String value = args[++i];
            switch (key) {
                case "--app-jvm-arg" -> jvmArgs.add(value);
                case "--set" -> settings.add(value);
                default -> values.put(key, value);
            }
        }
        if (values.containsKey("--help")) {
            throw new IllegalArgumentException(USAGE);
        }
        Options o = new Options(ints(values.getOrDefault("--rates", "100,500,1000")),
                strings(values.getOrDefault("--guarantees", "exactly_once_v2")),
                ints(values.getOrDefault("--threads", "1")),
                Integer.parseInt(values.getOrDefault("--duration", "60")),
                Integer.parseInt(values.getOrDefault("--warmup", "30")),
                values.containsKey("--find-max"),
                Integer.parseInt(values.getOrDefault("--search-start", "1000")),
                Double.parseDouble(values.getOrDefault("--search-factor", "1.5")),
                Integer.parseInt(values.getOrDefault("--search-steps", "6")),
                Integer.parseInt(values.getOrDefault("--search-duration", "30")),
                Integer.parseInt(values.getOrDefault("--bisect", "2")),
                Double.parseDouble(values.getOrDefault("--max-p99-ms", "1000")),
                Integer.parseInt(values.getOrDefault("--drain", "30")),
                Integer.parseInt(values.getOrDefault("--partitions", "3")),
                values.getOrDefault("--app-heap", "512m"), jvmArgs,
                values.containsKey("--jfr"),
                values.get("--bootstrap-servers"),
                Path.of(values.getOrDefault("--work", "bench/target/e2e-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")))),
                values.containsKey("--results") ? Path.of(values.get("--results")) : null,
                values.getOrDefault("--label", ""),
                values.containsKey("--keep"), settings);
        for (String unknown : values.keySet()) {
            if (!FLAGS.contains(unknown) && !USAGE.contains(unknown + " ")) {
                throw new IllegalArgumentException("unknown option " + unknown + "\n" + USAGE);
            }
        }
        for (String g : o.guarantees()) {
            if (!g.equals("exactly_once_v2") && !g.equals("at_least_once")) {
                throw new IllegalArgumentException("--guarantees takes exactly_once_v2 and/or at_least_once, not " + g);
            }
        }
        return o;
    }

    private static List<Integer> ints(String csv) {
        return strings(csv).stream().map(Integer::parseInt).toList();
    }

    private static List<String> strings(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
