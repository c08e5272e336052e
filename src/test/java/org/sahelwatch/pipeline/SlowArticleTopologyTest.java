package org.sahelwatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahelwatch.Articles.anArticle;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelwatch.PathologicalText;
import org.sahelwatch.TestTagger;
import org.sahelwatch.avro.DeadLetter;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.config.SahelwatchConfig;
import org.sahelwatch.kafka.AvroSerde;
import org.sahelwatch.kafka.Topics;
import org.sahelwatch.tagging.Tagger;
import org.sahelwatch.tagging.TaggingTooSlowException;

/**
 * An article that takes longer to tag than its budget (tagging.max.millis) is dead-lettered, with its
 * reason, coordinates and bytes, and counted; the stream thread goes on with the next article (issue
 * 11.3, and the budget half of issue 12.3). Time is the test's: a clock that moves one millisecond
 * each time the tagger reads it (every 1,024 steps of work).
 */
class SlowArticleTopologyTest {

    private static final Instant T0 = Instant.parse("2023-11-14T12:00:00Z");
    private static final String APPLICATION_ID = "sahelwatch-slow-article-test";

    private final Topics topics = Topics.from(new SahelwatchConfig(Map.of()));
    private final AvroSerde<RawArticle> serde = AvroSerde.rawArticle();
    private final AtomicLong clockNanos = new AtomicLong();
    private final Tagger tagger = TestTagger.get().withTimeBudget(Duration.ofMillis(20),
            () -> clockNanos.addAndGet(1_000_000));
    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<byte[], DeadLetter> deadLetters;

    @BeforeEach
    void startDriver() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(SahelwatchTopology.build(SahelwatchTopology.Settings.defaults(), topics,
                tagger, Clock.fixed(T0, ZoneOffset.UTC), props), props, T0);
        raw = driver.createInputTopic(topics.raw().name(), Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer());
        enriched = driver.createOutputTopic(topics.enriched().name(), Serdes.String().deserializer(),
                AvroSerde.enrichedArticle().deserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetter().name(), Serdes.ByteArray().deserializer(),
                AvroSerde.deadLetter().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldDeadLetterAnArticleThatTakesLongerThanTheBudgetAndEnrichTheNext() {
        // Given a long list of towns and their regions (about 170,000 steps of work: 170 ms on the test's clock)
        RawArticle slow = anArticle().withId("slow").titled("Towns").withBody(PathologicalText.fromBundledDictionaries()
                .body(PathologicalText.Shape.TOWN_AND_REGION, 25_000, 1)).build();
        RawArticle next = anArticle().withId("next").titled("Gunmen attack Gao")
                .withBody("Gunmen attacked the town of Gao in Mali, killing three civilians.").build();

        // When it arrives before an ordinary report
        send(slow, T0);
        send(next, T0.plusSeconds(1));

        // Then the ordinary report is enriched, and the long one is a dead letter with its reason and bytes
        assertThat(enriched.readValuesToList()).extracting(e -> e.getArticle().getId()).containsExactly("next");
        DeadLetter dl = deadLetters.readValue();
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(dl.getReason()).isEqualTo("TAGGING_TOO_SLOW");
        assertThat(dl.getErrorClass()).isEqualTo(TaggingTooSlowException.class.getName());
        assertThat(dl.getMessage()).startsWith("tagging article slow (25000 characters) took too long: tagging was"
                        + " stopped after 21 ms (")
                .endsWith("past its budget of 20 ms; it was given up so that the next articles are not held back."
                        + " Raise tagging.max.millis if articles that long must pass, or report it with this record"
                        + " (it keeps the article's bytes)");
        assertThat(bytes(dl.getValue())).containsExactly(serde.encode(slow));
        assertThat(bytes(dl.getKey())).containsExactly(CanonicalKeys.of(slow).getBytes(StandardCharsets.UTF_8));
        // the enricher reads the deduplicated articles from the repartition topic: its first record
        assertThat(dl.getTopic()).isEqualTo(APPLICATION_ID + "-" + PipelineNames.DEDUP_REPARTITION + "-repartition");
        assertThat(dl.getPartition()).isZero();
        assertThat(dl.getOffset()).isZero();
        assertThat(dl.getTimestamp()).isEqualTo(T0);
        assertThat(deadLettersCounted("TAGGING_TOO_SLOW")).isEqualTo(1.0);
    }

    private void send(RawArticle article, Instant at) {
        raw.pipeInput(article.getId().getBytes(StandardCharsets.UTF_8), serde.encode(article), at);
    }

    /** The total of the dead-letter counter of this reason, whatever the layout of its name and tags. */
    private double deadLettersCounted(String reason) {
        return driver.metrics().entrySet().stream()
                .filter(e -> mentions(e.getKey(), reason) && e.getKey().name().endsWith("total"))
                .map(Map.Entry::getValue).mapToDouble(m -> ((Number) ((Metric) m).metricValue()).doubleValue())
                .sum();
    }

    private static boolean mentions(MetricName name, String reason) {
        return name.name().contains(reason) || name.tags().containsValue(reason);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return out;
    }
}
