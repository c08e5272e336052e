package org.sahelwatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahelwatch.Articles.anArticle;
import static org.sahelwatch.PoisonRecords.rawArticleDeclaringAnIdOf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sahelwatch.TestTagger;
import org.sahelwatch.avro.DeadLetter;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.config.SahelwatchConfig;
import org.sahelwatch.kafka.AvroSerde;
import org.sahelwatch.kafka.Topics;

/**
 * Input that Avro would decode wrongly, or only at a huge cost, is dead-lettered with its own reason
 * and the original bytes, and the next article is enriched.
 */
class MalformedInputTopologyTest {

    private static final Instant T0 = Instant.parse("2023-11-14T12:00:00Z");

    private final Topics topics = Topics.from(new SahelwatchConfig(Map.of()));
    private final AvroSerde<RawArticle> serde = AvroSerde.rawArticle();
    private final RawArticle next = anArticle().withId("next").titled("Gunmen attack Gao")
            .withBody("Gunmen attacked the town of Gao in Mali, killing three civilians.").build();
    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<byte[], DeadLetter> deadLetters;

    @BeforeEach
    void startDriver() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "sahelwatch-malformed-input-test");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(SahelwatchTopology.build(SahelwatchTopology.Settings.defaults(), topics,
                TestTagger.get(), Clock.fixed(T0, ZoneOffset.UTC), props), props, T0);
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

    @ParameterizedTest
    @ValueSource(longs = {(1L << 31) - 9, 1L << 30, -2})
    void shouldDeadLetterADeclaredLengthBeyondTheRecordAndEnrichTheNextArticle(long length) {
        byte[] poison = rawArticleDeclaringAnIdOf(length);

        DeadLetter dl = sendThenTheNextArticle(poison);

        assertThat(dl.getReason()).isEqualTo("UNDECODABLE");
        assertThat(dl.getMessage()).contains("field id: a string declares");
    }

    @Test
    void shouldDeadLetterInvalidUtf8InTheTitleWithItsOwnReason() {
        byte[] bytes = withByteAfter(serde.encode(anArticle().titled("Attack in Gao").build()), "Attack in ", (byte) 0xC3);

        DeadLetter dl = sendThenTheNextArticle(bytes);

        assertThat(dl.getReason()).isEqualTo("INVALID_UTF8");
        assertThat(dl.getMessage()).contains("field title: invalid UTF-8 at byte 10");
    }

    @Test
    void shouldDeadLetterInvalidUtf8InTheBodyWithItsOwnReason() {
        byte[] bytes = withByteAfter(serde.encode(anArticle().titled("Attack").withBody("Gunmen attacked Gao.").build()),
                "Gunmen ", (byte) 0xE9);

        DeadLetter dl = sendThenTheNextArticle(bytes);

        assertThat(dl.getReason()).isEqualTo("INVALID_UTF8");
        assertThat(dl.getMessage()).contains("field body: invalid UTF-8 at byte 7");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 50})
    void shouldDeadLetterTrailingBytesAfterAValidRecordWithItsOwnReason(int extra) {
        byte[] good = serde.encode(anArticle().titled("Attack in Gao").build());
        byte[] bytes = Arrays.copyOf(good, good.length + extra);
        Arrays.fill(bytes, good.length, bytes.length, (byte) 0x2A);

        DeadLetter dl = sendThenTheNextArticle(bytes);

        assertThat(dl.getReason()).isEqualTo("TRAILING_BYTES");
        assertThat(dl.getMessage()).contains(extra + (extra == 1 ? " byte follows" : " bytes follow")
                + " the end of the RawArticle record");
    }

    /** Sends {@code bytes}, then a good article: answers the one dead letter, checks the article went through. */
    private DeadLetter sendThenTheNextArticle(byte[] bytes) {
        raw.pipeInput("bad".getBytes(StandardCharsets.UTF_8), bytes, T0);
        raw.pipeInput(next.getId().getBytes(StandardCharsets.UTF_8), serde.encode(next), T0.plusSeconds(1));

        assertThat(enriched.readValuesToList()).extracting(e -> e.getArticle().getId()).containsExactly("next");
        DeadLetter dl = deadLetters.readValue();
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(toArray(dl.getValue())).containsExactly(bytes);
        assertThat(dl.getTopic()).isEqualTo(topics.raw().name());
        return dl;
    }

    /** {@code bytes} with the byte right after the first occurrence of {@code ascii} replaced. */
    private static byte[] withByteAfter(byte[] bytes, String ascii, byte replacement) {
        byte[] what = ascii.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + what.length < bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + what.length, what, 0, what.length)) {
                byte[] out = bytes.clone();
                out[i + what.length] = replacement;
                return out;
            }
        }
        throw new IllegalArgumentException(ascii + " not found");
    }

    private static byte[] toArray(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return out;
    }
}
