package org.sahelwatch.bench.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/** One step of the harness: a fresh application at one rate, measured over one window. */
final class Step {

    private final EndToEnd harness;
    private final Options options;
    private final String id;
    private final String purpose;
    private final String guarantee;
    private final int threads;
    private final double rate;
    private final int windowSeconds;
    private final Path work;

    Step(EndToEnd harness, String id, String purpose, String guarantee, int threads, double rate, int windowSeconds) {
        this.harness = harness;
        this.options = harness.options();
        this.id = id;
        this.purpose = purpose;
        this.guarantee = guarantee;
        this.threads = threads;
        this.rate = rate;
        this.windowSeconds = windowSeconds;
        this.work = options.work();
    }

    StepResult run() throws Exception {
        String prefix = "bench-" + id + ".";
        int deskPort = EndToEnd.freePort();
        Path gcLog = work.resolve("app-" + id + "-gc.log");
        try (ChildJvm app = startApplication(prefix, deskPort, gcLog)) {
            EndToEnd.awaitHealthy(app, deskPort, Duration.ofSeconds(240));
            long startMillis = System.currentTimeMillis() + 3_000;
            long windowFrom = startMillis + options.warmupSeconds() * 1000L;
            long windowTo = windowFrom + windowSeconds * 1000L;
            LatencyConsumer enriched = new LatencyConsumer(harness.bootstrap(), prefix + "articles.enriched", windowFrom, windowTo);
            LatencyConsumer alerts = new LatencyConsumer(harness.bootstrap(), prefix + "alerts", windowFrom, windowTo);
            long count = (long) Math.ceil(rate * (options.warmupSeconds() + windowSeconds));
            OpenLoopProducer producer = new OpenLoopProducer(harness.bootstrap(), prefix + "articles.raw", id,
                    harness.pool(), rate, harness.stepNo() * 10_000_000L, count, startMillis, windowFrom, windowTo);
            long expected = expectedInWindow(producer, count, windowFrom, windowTo);
            List<Thread> threadsRunning = List.of(new Thread(enriched, "e2e-enriched"), new Thread(alerts, "e2e-alerts"),
                    new Thread(producer, "e2e-producer"));
            threadsRunning.forEach(t -> t.setDaemon(true));
            threadsRunning.forEach(Thread::start);
            try {
                return measure(app, gcLog, windowFrom, windowTo, expected, enriched, alerts, producer, threadsRunning);
            } finally {
                producer.stop();
                enriched.stop();
                alerts.stop();
            }
        }
    }

    private StepResult measure(ChildJvm app, Path gcLog, long windowFrom, long windowTo, long expected,
                               LatencyConsumer enriched, LatencyConsumer alerts, OpenLoopProducer producer,
                               List<Thread> threadsRunning) throws Exception {
        sleepUntil(windowFrom);
        Sample from = sample(app);
        jfr(app, "JFR.start", "name=bench", "settings=profile", "filename=" + work.resolve("app-" + id + ".jfr").toAbsolutePath());
        sleepUntil(windowTo);
        Sample to = sample(app);
        jfr(app, "JFR.stop", "name=bench");
        System.out.printf(Locale.ROOT, "   window over: %d sent, %d of %d window articles enriched so far; draining (at most %d s)%n",
                producer.sent(), enriched.measured(), expected, options.drainSeconds());

        drain(enriched, alerts, expected);
        producer.stop();
        threadsRunning.get(2).join(10_000);
        producer.close();
        enriched.stop();
        alerts.stop();
        threadsRunning.get(0).join(10_000);
        threadsRunning.get(1).join(10_000);
        GcLog gc = fullGcThenRead(app, gcLog);
        return result(app, expected, enriched, alerts, producer, from, to, gc);
    }

    private ChildJvm startApplication(String prefix, int deskPort, Path gcLog) {
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + options.appHeap(), "-Xlog:gc:file=" + gcLog.toAbsolutePath() + ":uptime"));
        jvm.addAll(options.appJvmArgs());
        List<String> args = new ArrayList<>(List.of("run", "-b", harness.bootstrap()));
        for (String setting : List.of("application.id=sahelwatch-bench-" + id,
                "state.dir=" + work.resolve("state-" + id).toAbsolutePath(),
                "processing.guarantee=" + guarantee,
                "num.stream.threads=" + threads,
                "topic.partitions=" + options.partitions(),
                "topic.raw=" + prefix + "articles.raw",
                "topic.enriched=" + prefix + "articles.enriched",
                "topic.alerts=" + prefix + "alerts",
                "topic.deadletter=" + prefix + "deadletter",
                "topic.surges=" + prefix + "surges",
                "desk.host=127.0.0.1",
                "desk.port=" + deskPort)) {
            args.add("--set");
            args.add(setting);
        }
        for (String setting : options.appSettings()) {
            args.add("--set");
            args.add(setting);
        }
        return ChildJvm.start("application", jvm, "org.sahelwatch.cli.Main", args, work.resolve("app-" + id + ".log"));
    }

    /** How many of the articles have an intended send time inside the window. */
    private static long expectedInWindow(OpenLoopProducer producer, long count, long windowFrom, long windowTo) {
        long n = 0;
        for (long i = 0; i < count; i++) {
            long ms = producer.intendedMicros(i) / 1000;
            if (ms >= windowFrom && ms < windowTo) {
                n++;
            }
        }
        return n;
    }

    /** Waits until every window article is enriched and the alerts have stopped coming (1 s quiet), or the drain time. */
    private void drain(LatencyConsumer enriched, LatencyConsumer alerts, long expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + options.drainSeconds() * 1000L;
        long lastAlerts = -1;
        long quietSince = System.currentTimeMillis();
        while (System.currentTimeMillis() < deadline) {
            long a = alerts.total();
            if (a != lastAlerts) {
                lastAlerts = a;
                quietSince = System.currentTimeMillis();
            }
            if (enriched.measured() >= expected && System.currentTimeMillis() - quietSince >= 1_000) {
                return;
            }
            Thread.sleep(100);
        }
    }

    /** CPU readings at one instant: the application, the broker, the machine and the harness. */
    private record Sample(Instant at, Duration appCpu, Duration brokerCpu, MachineCpu.Reading machine) {
    }

    private Sample sample(ChildJvm app) {
        ChildJvm broker = harness.broker();
        return new Sample(Instant.now(), app.cpuTime(), broker == null ? Duration.ZERO : broker.cpuTime(), MachineCpu.read());
    }

    private void jfr(ChildJvm app, String... command) {
        if (!options.jfr()) {
            return;
        }
        List<String> jcmd = new ArrayList<>(List.of(ChildJvm.jdkTool("jcmd"), String.valueOf(app.pid())));
        jcmd.addAll(List.of(command));
        String out = EndToEnd.command(jcmd.toArray(String[]::new));
        if (out.startsWith("?")) {
            System.out.println("   jcmd " + String.join(" ", command) + " failed: " + out);
        }
    }

    /** Asks the application for a full GC (jcmd GC.run), so its GC log ends with the live set, then reads the log. */
    private GcLog fullGcThenRead(ChildJvm app, Path gcLog) throws InterruptedException {
        int before = Files.exists(gcLog) ? GcLog.read(gcLog).pauses().size() : 0;
        EndToEnd.command(ChildJvm.jdkTool("jcmd"), String.valueOf(app.pid()), "GC.run");
        long deadline = System.currentTimeMillis() + 15_000;
        GcLog gc = GcLog.read(gcLog);
        while (!hasFullGcAfter(gc, before) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            gc = GcLog.read(gcLog);
        }
        return gc;
    }

    private static boolean hasFullGcAfter(GcLog gc, int index) {
        return gc.pauses().subList(Math.min(index, gc.pauses().size()), gc.pauses().size()).stream()
                .anyMatch(p -> p.kind().startsWith("Pause Full"));
    }

    private StepResult result(ChildJvm app, long expected, LatencyConsumer enriched, LatencyConsumer alerts,
                              OpenLoopProducer producer, Sample from, Sample to, GcLog gc) {
        double wallNanos = Duration.between(from.at(), to.at()).toNanos();
        double appCores = (to.appCpu().toNanos() - from.appCpu().toNanos()) / wallNanos;
        double brokerCores = harness.broker() == null ? -1 : (to.brokerCpu().toNanos() - from.brokerCpu().toNanos()) / wallNanos;
        Instant appStart = ProcessHandle.of(app.pid()).flatMap(h -> h.info().startInstant()).orElse(from.at());
        double fromUptime = Duration.between(appStart, from.at()).toMillis() / 1000.0;
        double toUptime = Duration.between(appStart, to.at()).toMillis() / 1000.0;
        List<GcLog.Pause> pauses = gc.between(fromUptime, toUptime);
        Histogram lateness = producer.lateness();
        StepResult.Latency e = StepResult.Latency.of(enriched.latency());
        StepResult.Latency a = StepResult.Latency.of(alerts.latency());
        double latenessP99 = lateness.getValueAtPercentile(99) / 1000.0;
        String verdict = StepResult.verdict(expected, e, a, latenessP99, producer.failed(), options.maxP99Millis());
        if (producer.firstFailure() != null) {
            System.out.println("   first failed send: " + producer.firstFailure());
        }
        StepResult r = new StepResult(purpose, guarantee, threads, rate, windowSeconds, expected, e, a,
                enriched.arrivedDuringWindow() / (double) windowSeconds, alerts.arrivedDuringWindow() / (double) windowSeconds,
                latenessP99, lateness.getMaxValue() / 1000.0, producer.failed(), appCores, brokerCores,
                MachineCpu.harnessCores(from.machine(), to.machine()), MachineCpu.machineCores(from.machine(), to.machine()),
                options.appHeap(), pauses.stream().mapToDouble(GcLog.Pause::afterMb).max().orElse(0),
                gc.lastFullGcAfterMb(), pauses.size(), pauses.stream().mapToDouble(GcLog.Pause::millis).sum(),
                pauses.stream().mapToDouble(GcLog.Pause::millis).max().orElse(0), verdict.equals("sustained"), verdict, null);
        System.out.printf(Locale.ROOT, "   enriched %d/%d p50 %.0f p99 %.0f ms; alerts %d p50 %.0f p99 %.0f ms; app %.2f cores; %s%n",
                e.count(), expected, e.p50(), e.p99(), a.count(), a.p50(), a.p99(), appCores, verdict);
        return r;
    }

    private static void sleepUntil(long epochMillis) throws InterruptedException {
        long wait;
        while ((wait = epochMillis - System.currentTimeMillis()) > 0) {
            Thread.sleep(Math.min(wait, 500));
        }
    }
}
