package org.sahelwatch.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.sahelwatch.app.StreamsRunner;
import org.sahelwatch.config.SahelwatchConfig;
import org.sahelwatch.io.ArticleReader;
import org.sahelwatch.io.AvroJson;
import org.sahelwatch.kafka.AlertConsumer;
import org.sahelwatch.kafka.ArticlePublisher;
import org.sahelwatch.kafka.EmbeddedBroker;
import org.sahelwatch.kafka.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sahelwatch demo}: an embedded broker and the application in one process, the bundled
 * sample articles ingested, and the alerts tailed. Ctrl-C stops everything and removes the
 * demo's temporary data.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run broker + application in one process, ingest the bundled sample articles and tail the alerts.")
final class DemoCommand implements Callable<Integer> {

    static final String SAMPLES = "/samples/demo-articles.jsonl";
    /** How long Ctrl-C waits for the demo to close the application and the broker and remove its data. */
    static final Duration CLEAN_UP_LIMIT = Duration.ofSeconds(4);

    @Mixin
    SettingsOptions settings;

    @Option(names = "--port", defaultValue = "9092", description = "Broker port on 127.0.0.1 (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--controller-port", defaultValue = "9093", description = "Controller port (default ${DEFAULT-VALUE}).")
    int controllerPort;

    @Option(names = "--desk-port", defaultValue = "8080", description = "Dashboard port on 127.0.0.1 (default ${DEFAULT-VALUE}; 0: any free port).")
    int deskPort;

    @Option(names = "--duration", defaultValue = "0", paramLabel = "SECONDS",
            description = "Stop by itself after this many seconds (0: run until Ctrl-C).")
    int duration;

    @Option(names = "--json", description = "Print alerts as JSON lines.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("sahelwatch-demo-");
        EmbeddedBroker broker = EmbeddedBroker.start("127.0.0.1", port, controllerPort, work.resolve("broker"));
        SahelwatchConfig config = settings.load(Map.of(
                SahelwatchConfig.APPLICATION_ID, "sahelwatch-demo",
                SahelwatchConfig.STATE_DIR, work.resolve("streams").toString(),
                SahelwatchConfig.TOPIC_PARTITIONS, "1",
                SahelwatchConfig.DESK_PORT, String.valueOf(deskPort)));
        config = withBroker(config, broker);
        StreamsRunner runner = StreamsRunner.start(config);
        AlertConsumer alerts = new AlertConsumer(broker.bootstrapServers(),
                Topics.from(config).alerts(), true);
        CtrlC ctrlC = new CtrlC("demo", alerts::stop, CLEAN_UP_LIMIT);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        if (duration > 0) {
            timer.schedule(alerts::stop, duration, TimeUnit.SECONDS);
        }
        try {
            int sent = ingestSamples(config);
            System.out.println("Demo: broker on " + broker.bootstrapServers() + ", " + sent
                    + " sample articles sent to " + config.getString(SahelwatchConfig.TOPIC_RAW)
                    + runner.deskUrl().map(url -> "; dashboard at " + url).orElse("")
                    + "; alerts follow (Ctrl-C stops).");
            System.out.println();
            alerts.follow(alert -> {
                System.out.println(json ? AvroJson.toJsonLine(alert) : AlertFormatter.format(alert));
                System.out.flush();
            }, 0);
        } finally {
            try {
                timer.shutdownNow();
                alerts.close();
                runner.close();
                broker.close();
                deleteRecursively(work);
                System.out.println("Demo stopped.");
            } finally {
                ctrlC.close();
            }
        }
        return 0;
    }

    private SahelwatchConfig withBroker(SahelwatchConfig config, EmbeddedBroker broker) {
        Map<String, String> values = new java.util.HashMap<>();
        config.originals().forEach((k, v) -> values.put(k, String.valueOf(v)));
        config.streamsOverrides().forEach((k, v) -> values.put(SahelwatchConfig.STREAMS_PREFIX + k, v));
        values.put(SahelwatchConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers());
        return new SahelwatchConfig(values);
    }

    private static int ingestSamples(SahelwatchConfig config) throws IOException {
        InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES);
        if (in == null) {
            throw new IllegalStateException("the sample articles " + SAMPLES + " are not in the jar; rebuild with mvn package");
        }
        ArticleReader.Result result;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            result = new ArticleReader(Clock.systemUTC(), "demo").read(reader);
        }
        try (ArticlePublisher publisher = new ArticlePublisher(config.getString(SahelwatchConfig.BOOTSTRAP_SERVERS),
                config.getString(SahelwatchConfig.TOPIC_RAW))) {
            return publisher.publish(result.articles());
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the demo's temporary data in " + dir, e);
        }
    }
}
