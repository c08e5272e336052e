package org.sahelwatch.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelwatch.cli.Main;

/** `sahelwatch ingest` against a real broker: a missing topic, --create-topics, and the exit code of skipped lines. */
class IngestCommandIT {

    private static KafkaClusterTestKit cluster;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBroker() throws Exception {
        cluster = InJvmKafka.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** What one run of the command printed and returned. */
    private record Run(int exit, String out, String err, Duration took) { }

    private Run ingest(String... args) {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        long start = System.nanoTime();
        int exit;
        try {
            String[] all = new String[args.length + 3];
            all[0] = "ingest";
            all[1] = "-b";
            all[2] = cluster.bootstrapServers();
            System.arraycopy(args, 0, all, 3, args.length);
            exit = Main.commandLine().execute(all);
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private Path articles(String name, String... lines) throws Exception {
        return Files.write(dir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
    }

    private static long records(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic).partitions().size();
            long total = 0;
            for (int p = 0; p < partitions; p++) {
                total += admin.listOffsets(Map.of(new TopicPartition(topic, p), OffsetSpec.latest())).all()
                        .get(30, TimeUnit.SECONDS).values().iterator().next().offset();
            }
            return total;
        }
    }

    @Test
    void shouldFailWithinSecondsWhenTheTopicIsMissingAndSayHowToCreateIt() throws Exception {
        Path file = articles("one.jsonl", "{\"id\":\"a\",\"title\":\"Attack in Djibo\",\"body\":\"Gunmen attacked Djibo.\"}");

        Run run = ingest("--set", "topic.raw=ingest.missing", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("the topic ingest.missing does not exist on " + cluster.bootstrapServers()
                + ": start 'sahelwatch run' once (it creates the application's topics), or pass --create-topics");
        assertThat(run.took()).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void shouldCreateTheMissingTopicWithCreateTopics() throws Exception {
        Path file = articles("two.jsonl",
                "{\"id\":\"a\",\"title\":\"Attack in Djibo\",\"body\":\"Gunmen attacked Djibo.\"}",
                "{\"id\":\"b\",\"title\":\"Protest in Niamey\",\"body\":\"Students marched in Niamey.\"}");

        Run run = ingest("--set", "topic.raw=ingest.created", "--create-topics", file.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Sent 2 articles to ingest.created; skipped 0 bad lines.");
        assertThat(records("ingest.created")).isEqualTo(2);
    }

    @Test
    void shouldExitNonZeroWhenALineWasSkippedAndSendTheOthers() throws Exception {
        Path file = articles("mixed.jsonl",
                "{\"id\":\"a\",\"title\":\"Attack in Djibo\",\"body\":\"Gunmen attacked Djibo.\"}",
                "{\"id\":\"b\",\"title\":\"Protest in Niamey\",\"body\":\"Students marched");

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("ingest.mixed", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }

        Run run = ingest("--set", "topic.raw=ingest.mixed", file.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("line 2 skipped: not valid JSON (unexpected end of line)")
                .doesNotContain("Source: REDACTED").doesNotContain("StreamReadFeature");
        assertThat(run.out()).contains("Sent 1 article to ingest.mixed; skipped 1 bad line.");
        assertThat(records("ingest.mixed")).isEqualTo(1);
    }
}
