package org.sahelwatch.bench.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.sahelwatch.bench.corpus.WireGenerator;

/**
 * The end-to-end harness: Sahelwatch's real topology on a real broker, fed at fixed rates.
 * <ul>
 *   <li>a broker: the project's embedded single-node KRaft broker ({@code sahelwatch broker}) in a JVM
 *       of its own, or any broker given with {@code --bootstrap-servers};</li>
 *   <li>per step, a fresh application ({@code sahelwatch run}, its own JVM, own application id, topics
 *       and state) with the step's processing guarantee and stream threads, its desk on a free port;</li>
 *   <li>an {@link OpenLoopProducer} at the step's rate (warm-up, then the measurement window), and two
 *       {@link LatencyConsumer}s ({@code read_committed}) on the enriched and alert topics;</li>
 *   <li>the application's CPU (process CPU time / wall time over the window) and heap (GC log; a full
 *       GC at the end gives the live set); the machine's other load, so contended runs show as such.</li>
 * </ul>
 * Fixed rates ({@code --rates}), then optionally a search for the maximum sustained rate. Options and
 * their meaning: {@link Options#USAGE} and bench/README.md.
 */
public final class EndToEnd {

    private final Options options;
    /** Reports generated before the run, sent in turn: 16,384 distinct articles, one in 50 a long read. */
    static final int POOL_SIZE = 16_384;
    private List<WireGenerator.Report> pool;
    private final String runId = DateTimeFormatter.ofPattern("HHmmss").withZone(java.time.ZoneOffset.UTC).format(Instant.now());
    private String bootstrap;
    private ChildJvm broker;
    private int stepNo;

    private EndToEnd(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(new EndToEnd(options).run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        Files.createDirectories(options.work());
        Map<String, String> context = context();
        List<StepResult> steps = new ArrayList<>();
        WireGenerator generator = new WireGenerator(1L);
        pool = java.util.stream.LongStream.range(0, POOL_SIZE).mapToObj(n -> generator.report(n, n % 50 == 49)).toList();
        try {
            startBroker();
            for (String guarantee : options.guarantees()) {
                for (int threads : options.threads()) {
                    for (int rate : options.rates()) {
                        steps.add(step("fixed", guarantee, threads, rate, options.durationSeconds()));
                    }
                    if (options.findMax()) {
                        steps.addAll(searchMax(guarantee, threads, context));
                    }
                }
            }
        } finally {
            if (broker != null) {
                broker.close();
            }
            if (!options.keep()) {
                deleteState();
            }
        }
        String report = Report.markdown(context, steps);
        System.out.println();
        System.out.println(report);
        if (options.results() != null) {
            Report.write(options.results(), context, steps);
            System.out.println("Results written to " + options.results() + " and its .json");
        }
        return steps.stream().noneMatch(s -> s.error() != null);
    }

    /** Fixed steps from --search-start up by --search-factor until one is not sustained, then bisection. */
    private List<StepResult> searchMax(String guarantee, int threads, Map<String, String> context) throws Exception {
        List<StepResult> steps = new ArrayList<>();
        double rate = options.searchStart();
        double lastPass = 0;
        double firstFail = 0;
        for (int k = 0; k < options.searchSteps(); k++) {
            StepResult s = step("search", guarantee, threads, rate, options.searchDurationSeconds());
            steps.add(s);
            if (!s.sustained()) {
                firstFail = rate;
                break;
            }
            lastPass = rate;
            rate = Math.round(rate * options.searchFactor());
        }
        for (int b = 0; b < options.bisectSteps() && lastPass > 0 && firstFail > 0; b++) {
            double mid = Math.round((lastPass + firstFail) / 2);
            StepResult s = step("search", guarantee, threads, mid, options.searchDurationSeconds());
            steps.add(s);
            if (s.sustained()) {
                lastPass = mid;
            } else {
                firstFail = mid;
            }
        }
        context.put("max sustained rate, " + guarantee + ", " + threads + " thread(s)", lastPass == 0
                ? "below " + options.searchStart() + "/s"
                : String.format(Locale.ROOT, "%.0f articles/s%s", lastPass,
                        firstFail > 0 ? String.format(Locale.ROOT, " (%.0f/s was not)", firstFail) : " (search ended before a failure)"));
        return steps;
    }

    private StepResult step(String purpose, String guarantee, int threads, double rate, int windowSeconds) throws Exception {
        String stepId = runId + "-" + (++stepNo);
        System.out.printf(Locale.ROOT, "%n== step %s: %s, %s, %d stream thread(s), %.0f articles/s, %d s warm-up + %d s window%n",
                stepId, purpose, guarantee, threads, rate, options.warmupSeconds(), windowSeconds);
        try {
            return new Step(this, stepId, purpose, guarantee, threads, rate, windowSeconds).run();
        } catch (Exception e) {
            System.out.println("   step failed: " + e.getMessage());
            return StepResult.failed(purpose, guarantee, threads, rate, windowSeconds, e.getMessage());
        }
    }

    Options options() {
        return options;
    }

    List<WireGenerator.Report> pool() {
        return pool;
    }

    String bootstrap() {
        return bootstrap;
    }

    ChildJvm broker() {
        return broker;
    }

    int stepNo() {
        return stepNo;
    }

    private void startBroker() throws Exception {
        if (options.bootstrapServers() != null) {
            bootstrap = options.bootstrapServers();
            awaitBroker();
            return;
        }
        int port = freePort();
        int controllerPort = freePort();
        bootstrap = "127.0.0.1:" + port;
        System.out.println("Starting the embedded broker on " + bootstrap + " (log " + options.work().resolve("broker.log") + ")");
        broker = ChildJvm.start("broker", List.of("-Xmx1g"), "org.sahelwatch.cli.Main",
                List.of("broker", "--port", String.valueOf(port), "--controller-port", String.valueOf(controllerPort),
                        "--data-dir", options.work().resolve("broker-data").toString()),
                options.work().resolve("broker.log"));
        awaitBroker();
    }

    private void awaitBroker() throws InterruptedException {
        awaitListening(bootstrap.split(",")[0]);
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        try (Admin admin = Admin.create(p)) {
            while (true) {
                if (broker != null) {
                    broker.checkAlive();
                }
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (Exception e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the broker at " + bootstrap + " did not answer within 120 s"
                                + (broker == null ? "" : "; see " + broker.log()), e);
                    }
                    Thread.sleep(500);
                }
            }
        }
    }

    /** Waits until something accepts connections at host:port (the broker is starting), so the admin client does not log refusals. */
    private void awaitListening(String hostPort) throws InterruptedException {
        int colon = hostPort.lastIndexOf(':');
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (broker != null) {
                broker.checkAlive();
            }
            try (java.net.Socket socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress(hostPort.substring(0, colon),
                        Integer.parseInt(hostPort.substring(colon + 1))), 1_000);
                return;
            } catch (IOException e) {
                Thread.sleep(500);
            }
        }
    }

    /** Waits until the application's desk reports it UP (Kafka Streams RUNNING, broker reachable). */
    static void awaitHealthy(ChildJvm app, int deskPort, Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + deskPort + "/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            app.checkAlive();
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the application was not healthy within " + timeout.toSeconds() + " s; see " + app.log());
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port", e);
        }
    }

    private Map<String, String> context() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("when", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        c.put("commit", command("git", "rev-parse", "--short", "HEAD"));
        c.put("machine", Runtime.getRuntime().availableProcessors() + " cores, JDK " + System.getProperty("java.version")
                + ", load average at start " + read(Path.of("/proc/loadavg")));
        c.put("label", options.label().isBlank() ? "(none)" : options.label());
        c.put("settings", String.format(Locale.ROOT, "warm-up %d s, window %d s (search %d s), %d partitions, app heap -Xmx%s, "
                        + "sustained = all enriched, producer p99 late <= 100 ms, p99 <= %.0f ms", options.warmupSeconds(),
                options.durationSeconds(), options.searchDurationSeconds(), options.partitions(), options.appHeap(),
                options.maxP99Millis()));
        c.put("work dir (logs, GC logs, JFR)", options.work().toString());
        return c;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    static String command(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "? (" + out + ")";
        } catch (IOException e) {
            return "? (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    private void deleteState() throws IOException {
        try (Stream<Path> dirs = Files.list(options.work())) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith("state-")
                    || d.getFileName().toString().equals("broker-data")).toList()) {
                try (Stream<Path> paths = Files.walk(dir)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
